import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { RULES } from '../checks/index.js'
import { ruleDocsUrl } from '../checks/rule.js'
import { LEVELS, type ScanResult } from '../findings.js'
import { judgeGate, levelsReaching, type Gate } from '../gate.js'
import { jsonChunks } from '../report/json.js'
import { MAX_COMMENT_BYTES, renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { renderSummary, renderText, type TextOptions } from '../report/text.js'
import { ConfigError } from '../scan/config.js'
import { EmptyScanError, runScan } from '../scan/run.js'
import {
  dateValue,
  failOnValue,
  ignoreGlob,
  InvalidValue,
  oneOf,
  parameterAssignment,
  partitionName,
} from '../scan/settings.js'
import { closest } from '../util/closest.js'
import { textReader, writeChunks } from '../util/files.js'
import { VERSION } from '../version.js'

const USAGE = `Usage: cfn-kms-check [paths...] [options]

Finds CloudFormation templates (YAML, JSON, SAM, CDK cdk.out) under the paths (files, folders
or globs; default .) and reports IAM policies that let principals decrypt with KMS keys they do
not name (KMS.1, KMS.2), full KMS access (KMS.FullAccess), keys without deletion
protection (KMS.3) or rotation (KMS.4), key policies open to anyone (KMS.5), key ids used
where ARNs belong (KMS.KeyIdRef) and malformed policy elements (IAM.Syntax).

Options:
  -f, --format text|json|markdown|sarif
                              report format (default text); markdown is the body of the
                              GitHub Action's pull request comment, sarif is SARIF 2.1.0
                              for code scanning
  --fail-on error|warning|note|never
                              exit 1 when a finding reaches this level (default error);
                              a template that cannot be read counts as an error
  --allow-unreadable          report templates that cannot be read, but do not fail for them
  --allow-empty               finding no template in the paths is not an error
  --parameter Name=Value      value of a template parameter or Terraform variable (repeatable)
  --var-file FILE             Terraform variable values (.tfvars or .tfvars.json) for the
                              root modules scanned (repeatable; --parameter wins)
  --partition NAME            partition the stacks deploy to (default aws)
  --ignore GLOB               leave out matching files or folders (repeatable)
  --config FILE               config file (default: .cfn-kms-check.yml here, if present)
  --baseline-ref REF          judge only findings that are not already on commit REF
                              (e.g. origin/main); the others are listed apart
  --changed-since REF         scan only templates changed since commit REF
  --today YYYY-MM-DD          judge suppression expiry as of this date (default today, UTC)
  -o, --output FILE           write the report to FILE instead of standard output
  -q, --quiet                 print only findings that reach --fail-on, and the summary
  --verbose                   every detail of each finding (resource, grants, why, the rule's
                              page), and the files that could not be parsed and do not look
                              like templates (tsconfig.json with comments, Helm charts, ...)
  -h, --help                  show this help
  -v, --version               show the version

Colour on a terminal, unless NO_COLOR is set or TERM=dumb; FORCE_COLOR=1 forces it.
The code V8 compiles for the CLI is kept in your cache folder, so later runs start sooner:
CFN_KMS_CHECK_CACHE=DIR keeps it in DIR instead, CFN_KMS_CHECK_CACHE=off keeps none.

Exit status: 0 nothing reaches --fail-on, 1 something does (or a template cannot be
read), 2 usage, input or I/O error (also: no template in the paths), 3 internal error.

Rules, each with a page on what it checks, examples, how to fix and how to suppress:
${RULES.map((rule) => `  ${rule.id.padEnd(16)}${ruleDocsUrl(rule.id)}`).join('\n')}
`

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const

class UsageError extends Error {}

/** Exit status for each outcome: the gate's verdict, or an error that stops the run. */
export const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 } as const

export interface CliOutcome {
  exitCode: number
  /** What goes to standard output, made piece by piece as it is asked for: a JSON report is never one string. */
  chunks(): Iterable<string>
  /** The same joined into one string, for callers that want it whole. */
  readonly stdout: string
  stderr: string
}

/** An outcome whose standard output is made (again) each time it is asked for. */
function outcome(exitCode: number, chunks: () => Iterable<string>, stderr: string): CliOutcome {
  return {
    exitCode,
    chunks,
    get stdout() {
      return [...chunks()].join('')
    },
    stderr,
  }
}

/** What the CLI knows of the terminal it prints to. */
export interface Terminal {
  isTty: boolean
  /** Its width in columns; 0 when unknown (a pipe or a file), which does not wrap. */
  columns: number
}

/**
 * Runs the CLI on argv (without `node` and the script) in cwd; pure apart from reading templates and
 * --output. With `workerEntry` (the running bundle) large scans spread over worker threads.
 */
export async function runCli(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  terminal: Terminal = { isTty: false, columns: 0 },
  workerEntry?: URL,
): Promise<CliOutcome> {
  // Not performance.now(): the global's first use loads perf_hooks (about 2 ms of a small scan's start-up).
  const started = process.hrtime.bigint()
  let args
  try {
    args = parseCliArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) return failure(EXIT.usage, [`${e.message}; see cfn-kms-check --help`])
    throw e
  }
  if (args.help) return outcome(EXIT.pass, () => [USAGE], '')
  if (args.version) return outcome(EXIT.pass, () => [`${VERSION}\n`], '')
  let run
  try {
    run = await runScan({
      cwd,
      paths: args.paths,
      ignore: args.ignore,
      parameters: args.parameters,
      varFiles: args.varFiles,
      partition: args.partition,
      failOn: args.failOn,
      configFile: args.config,
      baselineRef: args.baselineRef,
      changedSince: args.changedSince,
      today: args.today,
      allowUnreadable: args.allowUnreadable,
      allowEmpty: args.allowEmpty,
      workerEntry,
      env,
    })
  } catch (e) {
    if (e instanceof ConfigError)
      return failure(
        EXIT.usage,
        e.message.split('\n').map((problem) => `invalid config file: ${problem}`),
      )
    if (e instanceof EmptyScanError)
      return failure(EXIT.usage, [`${e.message}; check the paths, or pass --allow-empty`])
    throw e
  }
  const { result, gate } = run
  const text: TextOptions = {
    color: wantsColor(env, terminal.isTty),
    width: terminal.columns,
    display: asGiven(args.paths, cwd),
    show: args.quiet ? levelsReaching(gate.failOn) : LEVELS,
    verbose: args.verbose,
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
    gate,
  }
  // A report written to a file is read later, elsewhere: no colour, no wrapping.
  const report = (): Iterable<string> =>
    render(result, gate, args, args.output ? { ...text, color: false, width: 0 } : text, cwd)
  const internal = result.errors.filter((e) => e.internal)
  const exitCode = internal.length > 0 ? EXIT.internal : judgeGate(result, gate).failed ? EXIT.fail : EXIT.pass
  const nothingToCheck = run.noTemplateChanged
    ? [`no template changed${args.changedSince ? ` since ${args.changedSince}` : ''}, so there is nothing to check`]
    : []
  const stderr = lines([
    ...result.warnings.map((w) => `warning: ${w}`),
    ...nothingToCheck,
    // The report shows them too, but it may be JSON or in a file: a bug of ours is said where it is seen.
    ...internal.map((e) => `${e.file}: ${e.message}`),
  ])
  if (args.output) {
    try {
      writeChunks(args.output, report())
    } catch (e) {
      return failure(EXIT.usage, [`cannot write the report to ${args.output}: ${systemMessage(e)}`], stderr)
    }
    // The report went to the file; the terminal still gets the verdict.
    const summary = renderSummary(result, text)
    return outcome(exitCode, () => [summary], stderr)
  }
  return outcome(exitCode, report, stderr)
}

/** Lines for standard error, each said by the command. */
function lines(messages: readonly string[]): string {
  return messages.map((m) => `cfn-kms-check: ${m}\n`).join('')
}

/** An error that stops the run: one line each on standard error, after what was already said. */
function failure(exitCode: number, messages: readonly string[], before = ''): CliOutcome {
  return outcome(exitCode, () => [], before + lines(messages))
}

/** A failed system call's reason without Node's prefix and path: "no such file or directory". */
export function systemMessage(e: unknown): string {
  const message = (e as Error).message
  return /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message
}

/**
 * Colour on a terminal. NO_COLOR (any value) and TERM=dumb turn it off; FORCE_COLOR turns it on even in a pipe or
 * a CI log (GitHub Actions' log shows colour but is no terminal), or off when it is 0 or false, and wins over both.
 */
function wantsColor(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env['NO_COLOR']) return false
  if (env['TERM'] === 'dumb') return false
  return isTty
}

/**
 * Files as the user named them: a file found under a path given as absolute is printed absolute; the others stay
 * relative to the working directory (as the JSON report always gives them).
 */
function asGiven(paths: readonly string[], cwd: string): (file: string) => string {
  const absolute = paths.filter((p) => path.isAbsolute(p)).map((p) => path.resolve(p))
  if (absolute.length === 0) return (file) => file
  return (file) => {
    const full = path.resolve(cwd, file)
    return absolute.some((p) => full === p || full.startsWith(p + path.sep)) ? full : file
  }
}

function render(
  result: ScanResult,
  gate: Gate,
  args: ReturnType<typeof parseCliArgs>,
  text: TextOptions,
  cwd: string,
): Iterable<string> {
  switch (args.format) {
    case 'json':
      // In pieces: a report written to a file is never held whole (the worst case's is 52 MB).
      return jsonChunks(result)
    case 'markdown':
      return [
        renderMarkdown(result, {
          gate,
          marker: true,
          source: textReader(cwd),
          maxBytes: MAX_COMMENT_BYTES,
          overflowPointer: 'Run with `--format text` or `--format json` for every finding.',
        }),
      ]
    case 'sarif':
      return [renderSarif(result, gate)]
    case 'text':
      return [renderText(result, text)]
  }
}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  'fail-on': { type: 'string' },
  parameter: { type: 'string', multiple: true, default: [] },
  'var-file': { type: 'string', multiple: true, default: [] },
  partition: { type: 'string' },
  config: { type: 'string' },
  'baseline-ref': { type: 'string' },
  'changed-since': { type: 'string' },
  today: { type: 'string' },
  'allow-unreadable': { type: 'boolean', default: false },
  'allow-empty': { type: 'boolean', default: false },
  ignore: { type: 'string', multiple: true, default: [] },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} satisfies NonNullable<ParseArgsConfig['options']>

function parseCliArgs(argv: string[]) {
  const { values, positionals } = parseOptions(argv)
  const format = option('--format', () => oneOf(FORMATS, values.format))
  const fail = values['fail-on']
  const failOn = fail === undefined ? undefined : option('--fail-on', () => failOnValue(fail))
  const today = values.today
  if (today !== undefined) option('--today', () => dateValue(today))
  const parameters = Object.fromEntries(
    (values.parameter ?? []).map((pair) => option('--parameter', () => parameterAssignment(pair))),
  )
  const partition = values.partition
  if (partition !== undefined) option('--partition', () => partitionName(partition))
  const ignore = (values.ignore ?? []).map((glob) => option('--ignore', () => ignoreGlob(glob)))
  return {
    paths: positionals,
    format,
    failOn,
    parameters,
    varFiles: values['var-file'] ?? [],
    partition: values.partition,
    ignore,
    config: values.config,
    baselineRef: values['baseline-ref'],
    changedSince: values['changed-since'],
    today: values.today,
    allowUnreadable: values['allow-unreadable'],
    allowEmpty: values['allow-empty'],
    output: values.output,
    quiet: values.quiet,
    verbose: values.verbose,
    help: values.help,
    version: values.version,
  }
}

/** node:util's parser, with its complaints in our words: the option that is wrong, and what was probably meant. */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS })
  } catch (e) {
    const message = (e as Error).message
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1]
    if (unknown !== undefined) {
      const meant = closest(unknown.replace(/^-+/, '').split('=')[0], Object.keys(OPTIONS))
      throw new UsageError(`unknown option ${unknown}${meant ? ` (did you mean --${meant}?)` : ''}`)
    }
    const option = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1]
    if (option !== undefined && message.includes('argument missing')) throw new UsageError(`${option} needs a value`)
    if (option !== undefined && message.includes('does not take an argument'))
      throw new UsageError(`${option} takes no value`)
    throw new UsageError(message.split('\n')[0])
  }
}

/** A value checked by the shared rules in scan/settings.ts; what is wrong with it is said with the flag's name. */
function option<T>(flag: string, check: () => T): T {
  try {
    return check()
  } catch (e) {
    if (e instanceof InvalidValue) throw new UsageError(`${flag} ${e.message}`)
    throw e
  }
}
