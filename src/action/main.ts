import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { ScanResult } from '../findings.js'
import { judgeGate, type Gate, type GateOutcome } from '../gate.js'
import { planAnnotations, type Annotation } from '../report/annotations.js'
import { renderJson } from '../report/json.js'
import { MAX_COMMENT_BYTES, MAX_SUMMARY_BYTES, renderMarkdown, type LineLinks } from '../report/markdown.js'
import { renderSarif } from '../report/sarif.js'
import { plural } from '../report/shared.js'
import { changedFiles } from '../scan/baseline.js'
import { ConfigError } from '../scan/config.js'
import { runScan } from '../scan/run.js'
import { publishComment, type PullRequest } from './comment.js'
import { Input, InputError, readSettings, type Settings } from './inputs.js'

/** The action: scan, then annotations, files, outputs and the gate, and only then the optional PR comment. */
export async function run(): Promise<void> {
  try {
    await runAction()
  } catch (error) {
    core.setFailed(
      error instanceof InputError
        ? error.message
        : `cfn-kms-check: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

interface PullRequestRun extends PullRequest {
  headSha: string
  baseSha: string | undefined
  fromFork: boolean
}

async function runAction(): Promise<void> {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const settings = readSettings((name) => core.getInput(name), workspace)
  const pr = pullRequest()
  const baseSha = pr?.baseSha
  if ((settings.newOnly || settings.onlyChanged) && !baseSha)
    core.info('new-only and only-changed apply to pull requests; this run judges every template.')
  let run
  try {
    run = await runScan({
      cwd: settings.workingDirectory,
      paths: settings.paths,
      ignore: settings.ignore,
      parameters: settings.parameters,
      failOn: settings.failOn,
      configFile: settings.config,
      allowUnreadable: settings.allowUnreadable,
      baselineRef: settings.newOnly ? baseSha : undefined,
      onlyFiles:
        settings.onlyChanged && pr && baseSha ? await filesChangedBy(settings, pr, baseSha, workspace) : undefined,
      workerEntry: new URL(import.meta.url),
    })
  } catch (error) {
    if (error instanceof ConfigError)
      throw new InputError(`Input '${Input.config}' (the config file) is invalid:\n${error.message}`)
    throw error
  }
  const { gate } = run
  for (const warning of run.result.warnings) core.warning(warning)
  if (settings.onlyChanged && run.result.summary.unchanged > 0)
    core.info(
      `only-changed: ${plural(run.result.summary.unchanged, 'candidate file')} unchanged by the pull request ${run.result.summary.unchanged === 1 ? 'was' : 'were'} not scanned.`,
    )
  const result = relativeToWorkspace(run.result, workspace, settings.workingDirectory)
  // The gate depends on the scan alone: nothing below, least of all the GitHub API, may change it.
  const outcome = judgeGate(result, gate)
  const annotations = planAnnotations(result, { reserveErrorSlot: outcome.failed })
  annotations.shown.forEach(annotate)

  const links = lineLinks(pr?.headSha ?? github.context.sha)
  const reportFile = writeReport(renderJson(result))
  const sarifFile = settings.sarifFile ? writeSarif(settings.sarifFile, renderSarif(result)) : ''
  await writeSummary(
    renderMarkdown(result, {
      gate,
      marker: false,
      links,
      hiddenAnnotations: annotations.hidden,
      maxBytes: MAX_SUMMARY_BYTES,
      overflowPointer:
        'Every finding is in the JSON report (the `report` output), and in the SARIF file when `sarif-file` is set.',
    }),
  )
  core.setOutput('findings', result.findings.length)
  core.setOutput('errors', result.errors.length)
  core.setOutput('failed', String(outcome.failed))
  core.setOutput('sarif-file', sarifFile)
  core.setOutput('report', reportFile)
  if (outcome.failed) core.setFailed(failureMessage(outcome, gate, annotations.hidden))

  if (pr && settings.comment !== 'never') {
    const bodyWithin = (maxBytes: number): string =>
      renderMarkdown(result, {
        gate,
        marker: true,
        links,
        hiddenAnnotations: annotations.hidden,
        maxBytes,
        overflowPointer: `Every finding is in the job summary of ${runLink()}.`,
      })
    await comment(
      settings,
      pr,
      bodyWithin,
      settings.comment === 'always' || result.findings.length + result.errors.length > 0,
    )
  }
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
  }
}

/** The files the pull request changes: from git when the base commit is in the clone, else from the API. */
async function filesChangedBy(
  settings: Settings,
  pr: PullRequestRun,
  baseSha: string,
  workspace: string,
): Promise<string[] | undefined> {
  return changedFiles(settings.workingDirectory, baseSha) ?? (await changedFilesFromApi(settings, pr, workspace))
}

/**
 * The files a pull request changes, from the API, when git cannot tell (the base commit is not in a
 * shallow clone); relative to the working directory. Undefined (scan everything) when the API fails too.
 */
async function changedFilesFromApi(
  settings: Settings,
  pr: PullRequestRun,
  workspace: string,
): Promise<string[] | undefined> {
  try {
    const octokit = apiClient(settings)
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    })
    const prefix = path.relative(workspace, settings.workingDirectory)
    return files.map((f) => path.relative(prefix, f.filename).split(path.sep).join('/'))
  } catch (error) {
    core.warning(
      `only-changed: cannot list the pull request's files (${(error as Error).message}), so every template is scanned.`,
    )
    return undefined
  }
}

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice }

function annotate({ level, message, ...properties }: Annotation): void {
  ANNOTATE[level](message, properties)
}

function pullRequest(): PullRequestRun | null {
  const { payload } = github.context
  if (!payload.pull_request) return null
  const head = payload.pull_request['head'] as { sha: string; repo?: { id: number } | null }
  const base = payload.pull_request['base'] as { sha?: string } | undefined
  return {
    ...github.context.repo,
    number: payload.pull_request.number,
    headSha: head.sha,
    baseSha: base?.sha,
    fromFork: head.repo?.id !== payload.repository?.['id'],
  }
}

function lineLinks(sha: string | undefined): LineLinks | undefined {
  const repository = process.env['GITHUB_REPOSITORY']
  return repository && sha ? { serverUrl: github.context.serverUrl, repository, sha } : undefined
}

function runLink(): string {
  const { serverUrl, runId } = github.context
  const repository = process.env['GITHUB_REPOSITORY']
  return repository && Number.isInteger(runId)
    ? `[this run](${serverUrl}/${repository}/actions/runs/${runId})`
    : 'this run'
}

function writeReport(json: string): string {
  const folder = mkdtempSync(path.join(process.env['RUNNER_TEMP'] || tmpdir(), 'cfn-kms-check-'))
  const file = path.join(folder, 'report.json')
  writeFileSync(file, json)
  return file
}

function writeSarif(file: string, sarif: string): string {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, sarif)
    return file
  } catch (error) {
    core.warning(`Input 'sarif-file': could not write ${file}: ${(error as Error).message}`)
    return ''
  }
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

async function comment(
  settings: Settings,
  pr: PullRequestRun,
  bodyWithin: (maxBytes: number) => string,
  createIfMissing: boolean,
): Promise<void> {
  if (!settings.githubToken) {
    core.warning("Input 'github-token' is empty, so the pull request comment is skipped.")
    return
  }
  const octokit = apiClient(settings)
  try {
    let outcome
    try {
      outcome = await publishComment(octokit, pr, bodyWithin(MAX_COMMENT_BYTES), createIfMissing)
    } catch (error) {
      // 422: GitHub found the body too long after all (it counts differently); once more, at half the size.
      if ((error as { status?: number }).status !== 422) throw error
      core.info(`The pull request comment was refused (${(error as Error).message}); trying again with a shorter body.`)
      outcome = await publishComment(octokit, pr, bodyWithin(MAX_COMMENT_BYTES / 2), createIfMissing)
    }
    core.info(`Pull request comment: ${outcome}.`)
  } catch (error) {
    const status = (error as { status?: number }).status
    const why = pr.fromFork
      ? ' This pull request comes from a fork, and GitHub gives such runs a read-only token.'
      : status === 403
        ? " The token needs 'pull-requests: write' permission."
        : ''
    const what = /aborted|timeout/i.test((error as Error).message)
      ? `the GitHub API did not answer within ${settings.apiTimeoutSeconds} s (input api-timeout)`
      : (error as Error).message
    core.warning(
      `Could not write the pull request comment: ${what}.${why} The annotations and the job summary show every finding; the verdict does not depend on the comment.`,
    )
  }
}

/** Server errors and dropped connections are retried, twice, with a short pause. */
const RETRIES = [1_000, 3_000]

/**
 * An API client for this run: one deadline for all its requests (a stalled API cannot hold the job), and
 * retries of answers that may succeed a moment later (5xx, network errors); 4xx answers are final.
 */
function apiClient(settings: Settings): ReturnType<typeof github.getOctokit> {
  const deadline = Date.now() + settings.apiTimeoutSeconds * 1000
  const signal = AbortSignal.timeout(settings.apiTimeoutSeconds * 1000)
  const octokit = github.getOctokit(settings.githubToken, { request: { signal } })
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        // Octokit reports a timed-out or dropped request as status 500 too: the signal tells them apart.
        const status = (error as { status?: number }).status ?? 0
        const pause = RETRIES[attempt]
        if (signal.aborted || status < 500 || pause === undefined || Date.now() + pause >= deadline) throw error
        core.info(`GitHub API ${options.method} ${options.url} failed (${status}); retrying in ${pause / 1000} s.`)
        await new Promise((resolve) => setTimeout(resolve, pause))
      }
    }
  })
  return octokit
}

function failureMessage(outcome: GateOutcome, gate: Gate, hiddenAnnotations: number): string {
  const parts = [
    ...(outcome.reaching > 0 ? [`${plural(outcome.reaching, 'finding')} at level ${gate.failOn} or above`] : []),
    ...(outcome.unreadable > 0 ? [`${plural(outcome.unreadable, 'template')} not checked`] : []),
  ]
  const hidden =
    hiddenAnnotations > 0 ? ` ${plural(hiddenAnnotations, 'annotation')} could not be shown: see the job summary.` : ''
  return `cfn-kms-check failed (fail-on: ${gate.failOn}): ${parts.join(', ')}.${hidden}`
}
