/**
 * The bundled action (dist/index.js, built by `npm run build`) run as the runner runs it: a copy of dist/ in a
 * temp folder, a clean environment with INPUT_* for every input (action.yml defaults applied, as the runner
 * does), a webhook payload at GITHUB_EVENT_PATH, step files for the summary and outputs, and GITHUB_API_URL
 * pointing at a local fake of the GitHub API. What the action does in every case is tested from its source
 * (main.test.ts); this proves the bundle does it too, through the real @actions/core and the runner's files.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { COMMENT_MARKER } from '../../src/report/markdown.js'
import { requireFreshDist } from '../dist.js'
import {
  COMMENTS_PATH,
  FakeGitHub,
  HEAD_SHA,
  PR_PAYLOAD,
  REPOSITORY,
  ROOT,
  TOKEN,
  type RecordedRequest,
} from './fake-github.js'
import { annotations, calls, inputsWithDefaults, workspace } from './harness.js'

interface ActionRun {
  status: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
  /** The requests this run made. */
  requests: RecordedRequest[]
}

const github = new FakeGitHub()
let temp: string
let entry: string

beforeAll(async () => {
  requireFreshDist()
  temp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-e2e-'))
  // A copy, so the bundle cannot reach the project's node_modules.
  cpSync(path.join(ROOT, 'dist'), path.join(temp, 'dist'), { recursive: true })
  entry = path.join(temp, 'dist', 'index.js')
  await github.start()
})

afterAll(async () => {
  await github.stop()
  rmSync(temp, { recursive: true, force: true })
})

beforeEach(() => github.reset())

/** Every input the way the runner passes it: in INPUT_* variables, action.yml's defaults applied. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputsWithDefaults(inputs)).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  )
}

/** Runs the bundle on the fixtures' pull request in `cwd` (the workspace). */
async function runAction(cwd: string, inputs: Record<string, string>): Promise<ActionRun> {
  const step = mkdtempSync(path.join(temp, 'step-'))
  const files = {
    event: path.join(step, 'event.json'),
    summary: path.join(step, 'summary.md'),
    output: path.join(step, 'output'),
  }
  writeFileSync(files.event, JSON.stringify(PR_PAYLOAD))
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  const env = {
    PATH: process.env['PATH'] ?? '',
    ...inputEnv(inputs),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: cwd,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: step,
  }
  const child = spawn(process.execPath, [entry], { cwd, env })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    status,
    stdout,
    summary: readFileSync(files.summary, 'utf8'),
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    requests: github.requests,
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  )
}

describe('dist/index.js on a pull request', () => {
  it('annotates, writes the summary, outputs, SARIF and the JSON report, comments once and fails by fail-on', async () => {
    const cwd = workspace({
      'infra/app-role.yaml': 'app-role.yaml',
      'infra/key-from-parameter.yaml': 'key-from-parameter.yaml',
      'infra/account-keys.json': 'account-keys.json',
      'infra/broken.yaml': 'broken.yaml',
      'infra/fixed.yaml': 'app-role-fixed.yaml',
    })
    const run = await runAction(cwd, { 'working-directory': 'infra', 'sarif-file': 'results/cfn.sarif' })

    expect(run.status).toBe(1)
    expect(annotations(run, 'error')).toEqual([
      expect.stringMatching(
        /^::error title=cfn-kms-check%3A template not checked,file=infra\/broken\.yaml,line=4,endLine=4,col=1,endColumn=1::YAML: /,
      ),
      expect.stringMatching(
        /^::error title=KMS\.2 Role AppRole [^,]*,file=infra\/app-role\.yaml,line=18,endLine=21::Role AppRole .*arn:aws:kms:.*%0AFix: /,
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
      '::error::cfn-kms-check failed (fail-on: error): 1 finding at level error or above, 1 template not checked.',
    )

    expect(run.summary).toMatch(
      /^### ❌ cfn-kms-check failed \(fail-on: `error`\): 3 findings \(1 error, 1 warning, 1 note\) and 1 template not checked\n/,
    )
    expect(run.summary).toContain(
      `[18](https://github.com/octo-org/infra/blob/${HEAD_SHA}/infra/app-role.yaml#L18-L21)`,
    )
    expect(run.summary).toContain('#### `infra/broken.yaml`')

    const sarifFile = path.join(cwd, 'results', 'cfn.sarif')
    expect(run.outputs).toEqual({
      findings: '3',
      errors: '1',
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
    ).toEqual(report.findings.map((f: { file: string }) => f.file))

    expect(calls(run)).toEqual(['POST /graphql', `GET ${COMMENTS_PATH}?per_page=100`, `POST ${COMMENTS_PATH}`])
    expect(run.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body.split('\n')[0]).toBe(COMMENT_MARKER)
    expect(github.comments[0].body).toContain(
      `[18](https://github.com/octo-org/infra/blob/${HEAD_SHA}/infra/app-role.yaml#L18-L21)`,
    )
  }, 60_000)
})
