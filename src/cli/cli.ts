import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { RULES } from '../checks/index.js'
import { ruleDocsUrl } from '../checks/rule.js'
import { LEVELS, type ScanResult } from '../findings.js'
import { judgeGate, levelsReaching, type Gate } from '../gate.js'
import { renderJson } from '../report/json.js'
import { MAX_COMMENT_BYTES, renderMarkdown } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
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
import { VERSION } from '../version.js'

const USAGE = `Usage: cfn-kms-check [paths...] [options]

Finds CloudFormation templates (YAML, JSON, SAM, CDK cdk.out) under the paths (files, folders
or globs; default .) and reports IAM policies that let principals decrypt with KMS keys they do
not name (KMS.1, KMS.2), full KMS access (KMS.FullAccess), keys without deletion
protection (KMS.3) or rotation (KMS.4), key policies open to anyone (KMS.5), key ids used
where ARNs belong (KMS.KeyIdRef) and malformed policy elements (IAM.Syntax).

Options:
  --format text|json|markdown|sarif
                              report format (default text); markdown is the body of the
                              GitHub Action's pull request comment, sarif is SARIF 2.1.0
                              for code scanning
  --fail-on error|warning|note|never
                              exit 1 when a finding reaches this level (default error);
                              a template that cannot be read counts as an error
  --allow-unreadable          report templates that cannot be read, but do not fail for them
  --allow-empty               finding no template in the paths is not an error
  --parameter Name=Value      value of a template parameter (repeatable)
  --partition NAME            partition the stacks deploy to (default aws)
  --ignore GLOB               leave out matching files or folders (repeatable)
  --config FILE               config file (default: .cfn-kms-check.yml here, if present)
  --baseline-ref REF          judge only findings that are not already on commit REF
                              (e.g. origin/main); the others are listed apart
  --changed-since REF         scan only templates changed since commit REF
  --today YYYY-MM-DD          judge suppression expiry as of this date (default today, UTC)
  --output FILE               write the report to FILE instead of standard output
  --quiet                     print only findings that reach --fail-on, and the summary
  --verbose                   also list the files that could not be parsed and do not look
                              like templates (tsconfig.json with comments, Helm charts, ...)
  -h, --help                  show this help
  -v, --version               show the version

Exit status: 0 nothing reaches --fail-on, 1 something does (or a template cannot be
read), 2 usage or config error, or no template in the paths.

Rules, each with a page on what it checks, examples, how to fix and how to suppress:
${RULES.map((rule) => `  ${rule.id.padEnd(16)}${ruleDocsUrl(rule.id)}`).join('\n')}
`

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const

class UsageError extends Error {}

export interface CliOutcome {
  exitCode: number
  stdout: string
  stderr: string
}

/**
 * Runs the CLI on argv (without `node` and the script) in cwd; pure apart from reading templates and
 * --output. With `workerEntry` (the running bundle) large scans spread over worker threads.
 */
export async function runCli(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  isTty = false,
  workerEntry?: URL,
): Promise<CliOutcome> {
  let args
  try {
    args = parseCliArgs(argv)
  } catch (e) {
    return { exitCode: 2, stdout: '', stderr: `cfn-kms-check: ${(e as Error).message}\nTry 'cfn-kms-check --help'.\n` }
  }
  if (args.help) return { exitCode: 0, stdout: USAGE, stderr: '' }
  if (args.version) return { exitCode: 0, stdout: `${VERSION}\n`, stderr: '' }
  let run
  try {
    run = await runScan({
      cwd,
      paths: args.paths,
      ignore: args.ignore,
      parameters: args.parameters,
      partition: args.partition,
      failOn: args.failOn,
      configFile: args.config,
      baselineRef: args.baselineRef,
      changedSince: args.changedSince,
      today: args.today,
      allowUnreadable: args.allowUnreadable,
      allowEmpty: args.allowEmpty,
      workerEntry,
    })
  } catch (e) {
    if (e instanceof ConfigError)
      return { exitCode: 2, stdout: '', stderr: `cfn-kms-check: invalid config file:\n${e.message}\n` }
    if (e instanceof EmptyScanError)
      return {
        exitCode: 2,
        stdout: '',
        stderr: `cfn-kms-check: ${e.message}; check the paths, or pass --allow-empty\n`,
      }
    throw e
  }
  const { result, gate } = run
  const report = render(result, gate, args, isTty && !env['NO_COLOR'] && !args.output)
  const exitCode = judgeGate(result, gate).failed ? 1 : 0
  const nothingToCheck = run.noTemplateChanged
    ? `cfn-kms-check: no template changed${args.changedSince ? ` since ${args.changedSince}` : ''}, so there is nothing to check\n`
    : ''
  const stderr = result.warnings.map((w) => `cfn-kms-check: warning: ${w}\n`).join('') + nothingToCheck
  if (args.output) {
    writeFileSync(args.output, report)
    return { exitCode, stdout: '', stderr }
  }
  return { exitCode, stdout: report, stderr }
}

function render(result: ScanResult, gate: Gate, args: ReturnType<typeof parseCliArgs>, color: boolean): string {
  switch (args.format) {
    case 'json':
      return renderJson(result)
    case 'markdown':
      return renderMarkdown(result, {
        gate,
        marker: true,
        maxBytes: MAX_COMMENT_BYTES,
        overflowPointer: 'Run with `--format text` or `--format json` for every finding.',
      })
    case 'sarif':
      return renderSarif(result)
    case 'text':
      return renderText(result, {
        color,
        show: args.quiet ? levelsReaching(gate.failOn) : LEVELS,
        verbose: args.verbose,
      })
  }
}

function parseCliArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string' },
      parameter: { type: 'string', multiple: true, default: [] },
      partition: { type: 'string' },
      config: { type: 'string' },
      'baseline-ref': { type: 'string' },
      'changed-since': { type: 'string' },
      today: { type: 'string' },
      'allow-unreadable': { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
      ignore: { type: 'string', multiple: true, default: [] },
      output: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
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

/** A value checked by the shared rules in scan/settings.ts; what is wrong with it is said with the flag's name. */
function option<T>(flag: string, check: () => T): T {
  try {
    return check()
  } catch (e) {
    if (e instanceof InvalidValue) throw new UsageError(`${flag} ${e.message}`)
    throw e
  }
}
