/**
 * The action run from its source, in this process, with its ports faked: a runner that records inputs, log,
 * annotations, outputs and the summary; the context of a pull request (or push) in the fixtures' repository;
 * a real Octokit pointed at the local fake of the GitHub API; and a clock that moves only when the action
 * waits or a test says so.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import yaml from 'js-yaml'
import { run } from '../../src/action/main.js'
import { COMMENT_MARKER } from '../../src/report/markdown.js'
import type { RunContext } from '../../src/action/ports.js'
import {
  COMMENTS_PATH,
  FIXTURES,
  HEAD_SHA,
  PR_PAYLOAD,
  PULL_FILES_PATH,
  REPOSITORY,
  REVIEW_COMMENTS_LISTING,
  ROOT,
  TOKEN,
  FakeGitHub,
  type RecordedRequest,
} from './fake-github.js'
import { FakeClock, FakeRunner } from './fakes.js'

export interface ActionRun {
  /** The exit status the runner would give the step: 1 once the action called setFailed. */
  status: number
  /** Log lines and workflow commands, as the runner's log shows them. */
  stdout: string
  summary: string
  outputs: Record<string, string>
  /** The requests this run made. */
  requests: RecordedRequest[]
  clock: FakeClock
}

export interface RunOptions {
  inputs?: Record<string, string>
  event?: 'pull_request' | 'push'
  payload?: unknown
  /** Whether the runner gives the step a summary file. */
  summaryFile?: boolean
  /** The clock the action runs by; a new one unless a test needs to move it. */
  clock?: FakeClock
}

const ACTION = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

/** A folder for this test file's workspaces and run files. */
export const temp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-action-'))

/**
 * The fake GitHub API for the test file that calls this: started before its tests, emptied before each,
 * stopped after them (with this file's workspaces).
 */
export function fakeGitHub(): FakeGitHub {
  const github = new FakeGitHub()
  beforeAll(() => github.start())
  afterAll(async () => {
    await github.stop()
    rmSync(temp, { recursive: true, force: true })
  })
  beforeEach(() => github.reset())
  return github
}

/** A workspace holding fixture templates, by their place in the workspace. */
export function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(temp, 'workspace-'))
  for (const [place, fixture] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, place)), { recursive: true })
    copyFileSync(path.join(FIXTURES, fixture), path.join(folder, place))
  }
  return folder
}

/** Every input the way the runner gives it: as set, else action.yml's default with `github.token` filled in. */
export function inputsWithDefaults(inputs: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(inputs))
    if (!(name in ACTION.inputs)) throw new Error(`action.yml has no input ${name}`)
  return Object.fromEntries(
    Object.entries(ACTION.inputs).map(([name, input]) => [
      name,
      (inputs[name] ?? input.default ?? '').replace('${{ github.token }}', TOKEN),
    ]),
  )
}

/** Runs the action from its source in `cwd` (the workspace) against `github`. */
export async function runFromSource(github: FakeGitHub, cwd: string, options: RunOptions = {}): Promise<ActionRun> {
  const event = options.event ?? 'pull_request'
  const payload = (options.payload ??
    (event === 'pull_request'
      ? PR_PAYLOAD
      : JSON.parse(readFileSync(path.join(FIXTURES, 'push.json'), 'utf8')))) as RunContext['payload']
  const runner = new FakeRunner(inputsWithDefaults(options.inputs ?? {}), options.summaryFile ?? true)
  const clock = options.clock ?? new FakeClock()
  const before = github.requests.length
  await run({
    runner,
    context: {
      payload,
      repository: REPOSITORY,
      sha: HEAD_SHA,
      serverUrl: 'https://github.com',
      runId: 4242,
      workspace: cwd,
      tempFolder: mkdtempSync(path.join(temp, 'step-')),
    },
    github: (token, signal) => Promise.resolve(getOctokit(token, { baseUrl: github.url, request: { signal } })),
    clock,
  })
  return {
    status: runner.failed ? 1 : 0,
    stdout: runner.stdout,
    summary: runner.summary,
    outputs: runner.outputs,
    requests: github.requests.slice(before),
    clock,
  }
}

export const calls = (run: { requests: RecordedRequest[] }): string[] =>
  run.requests.map((r) => `${r.method} ${r.path}`)
export const annotations = (run: { stdout: string }, level: string): string[] =>
  run.stdout.split('\n').filter((line) => line.startsWith(`::${level} title=`))

/** The pull request that the action is run on both from its source and as the built bundle. */
export const PULL_REQUEST_FILES = {
  'infra/app-role.yaml': 'app-role.yaml',
  'infra/key-from-parameter.yaml': 'key-from-parameter.yaml',
  'infra/account-keys.json': 'account-keys.json',
  'infra/broken.yaml': 'broken.yaml',
  'infra/fixed.yaml': 'app-role-fixed.yaml',
}
export const PULL_REQUEST_INPUTS = { 'working-directory': 'infra', 'sarif-file': 'results/cfn.sarif' }

/** What a user sees of a run on that pull request: annotations, summary, outputs, SARIF, report and one comment. */
export function expectPullRequestRun(
  run: Pick<ActionRun, 'stdout' | 'summary' | 'outputs' | 'requests'> & { status: number | null },
  github: FakeGitHub,
  cwd: string,
): void {
  expect(run.status).toBe(1)
  expect(annotations(run, 'error')).toEqual([
    // What fails the gate: the finding first, then the file not read (same rank otherwise).
    expect.stringMatching(
      /^::error title=KMS\.2 Role AppRole [^,]*,file=infra\/app-role\.yaml,line=18,endLine=21::Role AppRole .*arn:aws:kms:.*%0AFix: /,
    ),
    expect.stringMatching(
      /^::error title=cfn-kms-check%3A file not read as a template,file=infra\/broken\.yaml,line=4,endLine=4,col=1,endColumn=1::YAML: /,
    ),
  ])
  expect(annotations(run, 'warning')).toEqual([
    expect.stringMatching(
      /^::warning title=KMS\.1 [^,]*ReaderPolicy[^,]*,file=infra\/key-from-parameter\.yaml,line=13,endLine=15::/,
    ),
  ])
  expect(annotations(run, 'notice')).toEqual([
    expect.stringMatching(
      /^::notice title=KMS\.2 [^,]*BatchUser[^,]*,file=infra\/account-keys\.json,line=13,endLine=13,col=17,endColumn=\d+::/,
    ),
  ])
  expect(run.stdout).toContain(
    '::error::cfn-kms-check failed (fail-on: error): 1 finding at level error or above, 1 file not read.',
  )

  expect(run.summary).toMatch(
    /^### ❌ cfn-kms-check failed \(fail-on: `error`\): 3 findings \(1 error, 1 warning, 1 note\) and 1 file not read\n/,
  )
  expect(run.summary).toContain(
    `[infra/app-role.yaml:18](https://github.com/octo-org/infra/blob/${HEAD_SHA}/infra/app-role.yaml#L18-L21)`,
  )
  expect(run.summary).toContain('#### Fix these first: 2 entries fail the gate')
  expect(run.summary).toContain('· not read as a template · YAML:')

  const sarifFile = path.join(cwd, 'results', 'cfn.sarif')
  expect(run.outputs).toEqual({
    findings: '3',
    errors: '1',
    templates: '4',
    rejected: '0',
    unreadable: '1',
    failed: 'true',
    'sarif-file': sarifFile,
    report: expect.stringMatching(/report\.json$/),
  })
  const report = JSON.parse(readFileSync(run.outputs['report'], 'utf8'))
  expect(report.findings.map((f: { file: string }) => f.file)).toEqual([
    'infra/account-keys.json',
    'infra/app-role.yaml',
    'infra/key-from-parameter.yaml',
  ])
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'))
  expect(
    sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0].physicalLocation.artifactLocation.uri,
    ),
  ).toEqual(['infra/app-role.yaml', 'infra/key-from-parameter.yaml', 'infra/account-keys.json'])

  expect(calls(run)).toEqual([
    `GET ${PULL_FILES_PATH}?per_page=100`,
    'POST /graphql',
    `GET ${COMMENTS_PATH}?per_page=100`,
    `POST ${COMMENTS_PATH}`,
    REVIEW_COMMENTS_LISTING,
  ])
  expect(run.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
  expect(github.comments).toHaveLength(1)
  expect(github.comments[0].body.split('\n')[0]).toBe(COMMENT_MARKER)
  expect(github.comments[0].body).toContain(
    `[infra/app-role.yaml:18](https://github.com/octo-org/infra/blob/${HEAD_SHA}/infra/app-role.yaml#L18-L21)`,
  )
}
