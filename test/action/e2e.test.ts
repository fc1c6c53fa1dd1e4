/**
 * The bundled action (dist/index.js, built by `npm run build`) run as the runner runs it: a copy of dist/ in a
 * temp folder, a clean environment with INPUT_* for every input (action.yml defaults applied, as the runner
 * does), a webhook payload at GITHUB_EVENT_PATH, step files for the summary and outputs, and GITHUB_API_URL
 * pointing at a local fake of the GitHub API. What the action does in every case is tested from its source
 * (main.test.ts); this proves the bundle does it too, through the real @actions/core and the runner's files.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyOfDist } from '../dist.js'
import { FakeGitHub, HEAD_SHA, PR_PAYLOAD, REPOSITORY, type RecordedRequest } from './fake-github.js'
import {
  expectPullRequestRun,
  inputsWithDefaults,
  PULL_REQUEST_FILES,
  PULL_REQUEST_INPUTS,
  workspace,
} from './harness.js'

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
  temp = copyOfDist('cfn-kms-check-e2e-')
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
    const cwd = workspace(PULL_REQUEST_FILES)
    const run = await runAction(cwd, PULL_REQUEST_INPUTS)
    expectPullRequestRun(run, github, cwd)
  }, 60_000)
})

describe('dist/index.js on Terraform', () => {
  it('loads the HCL parser copied beside the bundle and annotates the statement block', async () => {
    const cwd = workspace({ 'infra/main.tf': '../../fixtures/terraform/policy-document-decrypt-all-keys/main.tf' })
    const run = await runAction(cwd, {})
    expect(run.status).toBe(1)
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error title='))).toEqual([
      expect.stringMatching(
        /^::error title=KMS\.2 aws_iam_role_policy\.worker [^,]*,file=infra\/main\.tf,line=17,endLine=21::/,
      ),
    ])
  }, 60_000)
})
