import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ChangedLines, ScanResult } from '../findings.js'
import { judgeGate, type Gate, type GateOutcome } from '../gate.js'
import { planAnnotations } from '../report/annotations.js'
import { jsonChunks } from '../report/json.js'
import { MAX_COMMENT_BYTES, MAX_SUMMARY_BYTES, renderMarkdown, type LineLinks } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { notCheckedPhrase, plural } from '../report/shared.js'
import { changedLines, patchLines } from '../scan/baseline.js'
import { ConfigError } from '../scan/config.js'
import { EmptyScanError, runScan } from '../scan/run.js'
import { internalErrorLine } from '../util/internal-error.js'
import { textReader, writeChunks } from '../util/files.js'
import { publishComment, type PullRequest } from './comment.js'
import { publishSuggestions } from './review.js'
import { Input, InputError, readSettings, type Settings } from './inputs.js'
import type { ActionPorts, Octokit } from './ports.js'

/** The action: scan, then annotations, files, outputs and the gate, and only then the optional PR comment. */
export async function run(ports: ActionPorts): Promise<void> {
  try {
    await runAction(ports)
  } catch (error) {
    // An input the action cannot use is said as it is; anything else is a bug of ours, said in one line.
    ports.runner.setFailed(error instanceof InputError ? error.message : `cfn-kms-check: ${internalErrorLine(error)}`)
  }
}

interface PullRequestRun extends PullRequest {
  headSha: string
  baseSha: string | undefined
  fromFork: boolean
}

async function runAction(ports: ActionPorts): Promise<void> {
  const { runner, context } = ports
  const settings = readSettings((name) => runner.getInput(name), context.workspace)
  const pr = pullRequest(ports)
  const baseSha = pr?.baseSha
  // One listing of the pull request's files, asked at most once, for whichever step needs it first.
  let listed: Promise<ChangedLines> | undefined
  const pullChanges = (of: PullRequest): Promise<ChangedLines> => (listed ??= pullRequestChanges(ports, settings, of))
  if ((settings.newOnly || settings.onlyChanged) && !baseSha)
    runner.info('new-only and only-changed apply to pull requests; this run judges every template.')
  // What the pull request changes: only-changed scans only that; the reports put it first (asked below,
  // after the scan, when there is anything to order).
  const changes =
    settings.onlyChanged && pr && baseSha ? await changesOf(ports, settings, baseSha, () => pullChanges(pr)) : undefined
  let scanned
  try {
    scanned = await runScan({
      cwd: settings.workingDirectory,
      paths: settings.paths,
      ignore: settings.ignore,
      parameters: settings.parameters,
      varFiles: settings.varFiles,
      failOn: settings.failOn,
      configFile: settings.config,
      allowUnreadable: settings.allowUnreadable,
      allowEmpty: settings.allowEmpty,
      baselineRef: settings.newOnly ? baseSha : undefined,
      onlyFiles: settings.onlyChanged && changes ? [...changes.keys()] : undefined,
      changed: changes,
      workerEntry: ports.workerEntry,
    })
  } catch (error) {
    if (error instanceof ConfigError)
      throw new InputError(`Input '${Input.config}' (the config file) is invalid:\n${error.message}`)
    if (error instanceof EmptyScanError)
      throw new InputError(
        `cfn-kms-check: ${error.message}. Check the inputs '${Input.paths}' and '${Input.workingDirectory}', or set '${Input.allowEmpty}: true'.`,
      )
    throw error
  }
  const { gate } = scanned
  for (const warning of scanned.result.warnings) runner.warning(warning)
  const unchanged = scanned.result.summary.unchanged
  if (scanned.noTemplateChanged)
    runner.notice('only-changed: the pull request changes no template, so there is nothing to check.')
  else if (settings.onlyChanged && unchanged > 0)
    runner.info(
      `only-changed: ${plural(unchanged, 'candidate file')} unchanged by the pull request ${unchanged === 1 ? 'was' : 'were'} not scanned.`,
    )
  const toOrder = scanned.result.findings.length + scanned.result.errors.length > 0
  const changed =
    scanned.result.changed ??
    (toOrder && !settings.onlyChanged && pr && baseSha
      ? await changesOf(ports, settings, baseSha, () => pullChanges(pr))
      : undefined)
  const result = relativeToWorkspace(
    changed ? { ...scanned.result, changed } : scanned.result,
    context.workspace,
    settings.workingDirectory,
  )
  // The gate depends on the scan alone: nothing below, least of all the GitHub API, may change it.
  const outcome = judgeGate(result, gate)
  const annotations = planAnnotations(result, { gate, reserveErrorSlot: outcome.failed })
  for (const { level, message, ...properties } of annotations.shown) runner[level](message, properties)

  const links = lineLinks(ports, pr?.headSha ?? context.sha)
  // Report paths are relative to the workspace (see relativeToWorkspace), or to the working directory outside it.
  const source = textReader(result.findings === scanned.result.findings ? settings.workingDirectory : context.workspace)
  const reportFile = writeReport(context.tempFolder, result)
  const sarifFile = settings.sarifFile ? writeSarif(ports, settings.sarifFile, renderSarif(result, gate)) : ''
  const summary = renderMarkdown(result, {
    gate,
    marker: false,
    links,
    annotations,
    source,
    maxBytes: MAX_SUMMARY_BYTES,
    overflowPointer:
      'Every finding is in the JSON report (the `report` output), and in the SARIF file when `sarif-file` is set.',
  })
  try {
    await runner.writeSummary(summary)
  } catch (error) {
    runner.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
  runner.setOutput('findings', result.findings.length)
  // The same counts as the JSON report's summary, each file once.
  runner.setOutput('errors', result.summary.errors)
  runner.setOutput('templates', result.summary.templates)
  runner.setOutput('rejected', result.summary.rejected)
  runner.setOutput('unreadable', result.summary.unreadable)
  runner.setOutput('failed', String(outcome.failed))
  runner.setOutput('sarif-file', sarifFile)
  runner.setOutput('report', reportFile)
  if (outcome.failed) runner.setFailed(failureMessage(result, outcome, gate, annotations.hidden))

  if (pr && settings.comment !== 'never') {
    const bodyWithin = (maxBytes: number): string =>
      renderMarkdown(result, {
        gate,
        marker: true,
        links,
        annotations,
        source,
        maxBytes,
        overflowPointer: `Every finding is in the job summary of ${runLink(ports)}.`,
      })
    await comment(
      ports,
      settings,
      pr,
      bodyWithin,
      settings.comment === 'always' || result.findings.length + result.errors.length > 0,
    )
  }
  if (pr && settings.suggestions) await suggest(ports, settings, pr, result, () => pullChanges(pr))
}

/**
 * Re-expresses paths relative to the repository root, which annotations, links and SARIF need, when the
 * working directory lies inside the workspace.
 */
function relativeToWorkspace(result: ScanResult, workspace: string, workingDirectory: string): ScanResult {
  const prefix = path.relative(workspace, workingDirectory).split(path.sep).join('/')
  if (prefix === '' || prefix === '..' || prefix.startsWith('../') || path.isAbsolute(prefix)) return result
  const rebase = <T extends { file: string }>(item: T): T => ({
    ...item,
    file: path.posix.normalize(`${prefix}/${item.file}`),
  })
  return {
    ...result,
    findings: result.findings.map(rebase),
    errors: result.errors.map(rebase),
    unparseable: result.unparseable.map(rebase),
    suppressed: result.suppressed.map(rebase),
    baseline: result.baseline.map(rebase),
    ...(result.changed
      ? { changed: new Map([...result.changed].map(([file, lines]) => [rebase({ file }).file, lines])) }
      : {}),
  }
}

/** The lines the pull request changes: from git when the base commit is in the clone, else from the API. */
async function changesOf(
  ports: ActionPorts,
  settings: Settings,
  baseSha: string,
  pullChanges: () => Promise<ChangedLines>,
): Promise<ChangedLines | undefined> {
  return changedLines(settings.workingDirectory, baseSha) ?? (await changesFromApi(ports, settings, pullChanges))
}

/**
 * The lines a pull request changes, from the API's patches, when git cannot tell (the base commit is not in
 * a shallow clone); relative to the working directory. Undefined when the API fails too: only-changed then
 * scans everything, and the reports order without the change.
 */
async function changesFromApi(
  ports: ActionPorts,
  settings: Settings,
  pullChanges: () => Promise<ChangedLines>,
): Promise<ChangedLines | undefined> {
  const fallback = settings.onlyChanged ? 'so every template is scanned' : 'so nothing is put first for being changed'
  if (!settings.githubToken) {
    ports.runner.info(`The base commit is not in this clone and 'github-token' is empty, ${fallback}.`)
    return undefined
  }
  try {
    const prefix = path.relative(ports.context.workspace, settings.workingDirectory)
    return new Map(
      [...(await pullChanges())].map(([file, lines]) => [path.relative(prefix, file).split(path.sep).join('/'), lines]),
    )
  } catch (error) {
    const why = `cannot list the pull request's files (${(error as Error).message}), ${fallback}.`
    if (settings.onlyChanged) ports.runner.warning(`only-changed: ${why}`)
    else ports.runner.info(`The reports order without the changed lines: ${why}`)
    return undefined
  }
}

/**
 * The lines each file of the pull request adds, by path from the repository root, from the patches of
 * GitHub's own diff (removed files left out).
 */
async function pullRequestChanges(ports: ActionPorts, settings: Settings, pr: PullRequest): Promise<ChangedLines> {
  const { octokit } = await apiClient(ports, settings)
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })
  return new Map(files.filter((f) => f.status !== 'removed').map((f) => [f.filename, patchLines(f.patch)]))
}

function pullRequest({ context }: ActionPorts): PullRequestRun | null {
  const { payload } = context
  if (!payload.pull_request || !context.repository) return null
  const [owner = '', repo = ''] = context.repository.split('/')
  const head = payload.pull_request['head'] as { sha: string; repo?: { id: number } | null }
  const base = payload.pull_request['base'] as { sha?: string } | undefined
  return {
    owner,
    repo,
    number: payload.pull_request.number,
    headSha: head.sha,
    baseSha: base?.sha,
    fromFork: head.repo?.id !== payload.repository?.['id'],
  }
}

function lineLinks({ context }: ActionPorts, sha: string | undefined): LineLinks | undefined {
  return context.repository && sha ? { serverUrl: context.serverUrl, repository: context.repository, sha } : undefined
}

function runLink({ context }: ActionPorts): string {
  const { serverUrl, runId, repository } = context
  return repository && Number.isInteger(runId)
    ? `[this run](${serverUrl}/${repository}/actions/runs/${runId})`
    : 'this run'
}

/** The JSON report, written as it is made: never whole in memory (as the CLI's --output). */
function writeReport(tempFolder: string, result: ScanResult): string {
  const folder = mkdtempSync(path.join(tempFolder, 'cfn-kms-check-'))
  const file = path.join(folder, 'report.json')
  writeChunks(file, jsonChunks(result))
  return file
}

function writeSarif({ runner }: ActionPorts, file: string, sarif: string): string {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, sarif)
    return file
  } catch (error) {
    runner.warning(`Input 'sarif-file': could not write ${file}: ${(error as Error).message}`)
    return ''
  }
}

async function comment(
  ports: ActionPorts,
  settings: Settings,
  pr: PullRequestRun,
  bodyWithin: (maxBytes: number) => string,
  createIfMissing: boolean,
): Promise<void> {
  const { runner } = ports
  if (!settings.githubToken) {
    runner.warning("Input 'github-token' is empty, so the pull request comment is skipped.")
    return
  }
  const { octokit, expired } = await apiClient(ports, settings)
  try {
    let outcome
    try {
      outcome = await publishComment(octokit, pr, bodyWithin(MAX_COMMENT_BYTES), createIfMissing)
    } catch (error) {
      // 422: GitHub found the body too long after all (it counts differently); once more, at half the size.
      if ((error as { status?: number }).status !== 422) throw error
      runner.info(
        `The pull request comment was refused (${(error as Error).message}); trying again with a shorter body.`,
      )
      outcome = await publishComment(octokit, pr, bodyWithin(MAX_COMMENT_BYTES / 2), createIfMissing)
    }
    runner.info(`Pull request comment: ${outcome}.`)
  } catch (error) {
    runner.warning(
      `Could not write the pull request comment: ${apiFailure(error, pr, settings, expired)} The annotations and the job summary show every finding; the verdict does not depend on the comment.`,
    )
  }
}

/** The review of suggested changes: like the comment, it only ever warns, and never changes the verdict. */
async function suggest(
  ports: ActionPorts,
  settings: Settings,
  pr: PullRequestRun,
  result: ScanResult,
  pullChanges: () => Promise<ChangedLines>,
): Promise<void> {
  const { runner } = ports
  if (!settings.githubToken) return
  const { octokit, expired } = await apiClient(ports, settings)
  try {
    const outcome = await publishSuggestions(octokit, pr, result.findings, ports.context.workspace, pullChanges)
    if (outcome)
      runner.info(
        `Suggested changes: ${outcome.created} posted, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.withdrawn} withdrawn.`,
      )
  } catch (error) {
    runner.warning(
      `Could not post the suggested changes: ${apiFailure(error, pr, settings, expired)} The findings and their fixes are in the annotations and the job summary; set '${Input.suggestions}: false' to skip this step.`,
    )
  }
}

/** Why a write to the pull request failed, and what would let it through, as sentences. */
function apiFailure(error: unknown, pr: PullRequestRun, settings: Settings, expired: () => boolean): string {
  const status = (error as { status?: number }).status
  const why = pr.fromFork
    ? ' This pull request comes from a fork, and GitHub gives such runs a read-only token.'
    : status === 403
      ? " The token needs 'pull-requests: write' permission."
      : ''
  const what = expired()
    ? `the GitHub API did not answer within ${settings.apiTimeoutSeconds} s (input api-timeout)`
    : (error as Error).message
  return `${what}.${why}`
}

/** Server errors and dropped connections are retried, twice, with a short pause. */
const RETRIES = [1_000, 3_000]

/**
 * An API client for this run: one deadline for all its requests (a stalled API cannot hold the job), and
 * retries of answers that may succeed a moment later (5xx, network errors); 4xx answers are final. `expired`
 * tells whether the deadline has passed.
 */
async function apiClient(
  { github, clock, runner }: ActionPorts,
  settings: Settings,
): Promise<{ octokit: Octokit; expired: () => boolean }> {
  const deadline = clock.now() + settings.apiTimeoutSeconds * 1000
  const signal = clock.deadline(settings.apiTimeoutSeconds * 1000)
  const octokit = await github(settings.githubToken, signal)
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        // Octokit reports a timed-out or dropped request as status 500 too: the signal tells them apart.
        const status = (error as { status?: number }).status ?? 0
        const pause = RETRIES[attempt]
        if (signal.aborted || status < 500 || pause === undefined || clock.now() + pause >= deadline) throw error
        runner.info(`GitHub API ${options.method} ${options.url} failed (${status}); retrying in ${pause / 1000} s.`)
        await clock.sleep(pause)
      }
    }
  })
  return { octokit, expired: () => signal.aborted }
}

function failureMessage(result: ScanResult, outcome: GateOutcome, gate: Gate, hiddenAnnotations: number): string {
  const parts = [
    ...(outcome.reaching > 0 ? [`${plural(outcome.reaching, 'finding')} at level ${gate.failOn} or above`] : []),
    ...(outcome.notChecked > 0 ? [notCheckedPhrase(result.summary)] : []),
  ]
  const hidden =
    hiddenAnnotations > 0 ? ` ${plural(hiddenAnnotations, 'annotation')} could not be shown: see the job summary.` : ''
  return `cfn-kms-check failed (fail-on: ${gate.failOn}): ${parts.join(', ')}.${hidden}`
}
