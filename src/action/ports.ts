import { existsSync, readFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import type { AnnotationProperties } from '@actions/core'
import type * as github from '@actions/github'
// @actions/core's own modules for the workflow commands, imported one by one: its index also loads its OIDC
// client and, with it, an HTTP stack (undici, about 1 MB) that this action never uses and that cost every start
// about a fifth of its time. The few lines its index adds (getInput, setOutput, setFailed) are in `runner` below,
// as @actions/core 3.0.1 writes them. Its package exports only the index, hence the paths.
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
import { summary } from '../../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'

/**
 * What the action reaches outside itself, passed in: the runner (inputs, log, annotations, outputs,
 * summary, step status), the run's context, the GitHub API and the clock. The entry point passes the
 * real ones (`runnerPorts`); tests pass fakes and run the action from its source.
 */
export interface ActionPorts {
  runner: Runner
  context: RunContext
  /** An API client authenticated by `token`; every request carries `signal`. */
  github: (token: string, signal: AbortSignal) => Promise<Octokit>
  clock: Clock
  /** The module scan worker threads run (the running bundle); none scans on this thread alone. */
  workerEntry?: URL
}

export type Octokit = ReturnType<typeof github.getOctokit>

/** The runner, as `@actions/core` reaches it. */
export interface Runner {
  /** An input's value, trimmed; '' when unset. */
  getInput(name: string): string
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  setOutput(name: string, value: string | number): void
  setFailed(message: string): void
  /** Adds markdown to the job summary; rejects when the runner gives no summary file. */
  writeSummary(markdown: string): Promise<void>
}

/** The workflow run: its event, repository and where it runs. */
export interface RunContext {
  /** The webhook payload of the event. */
  payload: { pull_request?: { number: number; [key: string]: unknown }; repository?: { [key: string]: unknown } }
  /** `owner/name` of the repository the workflow runs in (GITHUB_REPOSITORY). */
  repository: string | undefined
  sha: string | undefined
  serverUrl: string
  runId: number
  /** The folder the runner checks the repository out to. */
  workspace: string
  /** A folder for this run's files. */
  tempFolder: string
}

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  /** A signal that aborts `ms` from now. */
  deadline(ms: number): AbortSignal
}

/** The real ones: the runner through `@actions/core`, the context from its environment, GitHub's API, the clock. */
export function runnerPorts(workerEntry: URL): ActionPorts {
  const env = process.env
  return {
    runner: {
      getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
      info: (message) => process.stdout.write(message + EOL),
      warning: (message, properties = {}) => issueCommand('warning', toCommandProperties(properties), message),
      error: (message, properties = {}) => issueCommand('error', toCommandProperties(properties), message),
      notice: (message, properties = {}) => issueCommand('notice', toCommandProperties(properties), message),
      setOutput: (name, value) => {
        if (env['GITHUB_OUTPUT']) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
        process.stdout.write(EOL)
        issueCommand('set-output', { name }, toCommandValue(value))
      },
      setFailed: (message) => {
        process.exitCode = 1
        issueCommand('error', {}, message)
      },
      writeSummary: async (markdown) => {
        await summary.addRaw(markdown).write()
      },
    },
    // What @actions/github's context reads from the same variables: that package (Octokit and its HTTP
    // stack) is loaded only when the run calls the API.
    context: {
      payload: eventPayload(env['GITHUB_EVENT_PATH']),
      repository: env['GITHUB_REPOSITORY'] || undefined,
      sha: env['GITHUB_SHA'],
      serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
      runId: parseInt(env['GITHUB_RUN_ID'] ?? '', 10),
      workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
      tempFolder: env['RUNNER_TEMP'] || tmpdir(),
    },
    github: async (token, signal) => (await import('@actions/github')).getOctokit(token, { request: { signal } }),
    clock: {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      deadline: (ms) => AbortSignal.timeout(ms),
    },
    workerEntry,
  }
}

/** The webhook payload of the event, as @actions/github reads it: none when the file is not there. */
function eventPayload(file: string | undefined): RunContext['payload'] {
  if (!file) return {}
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as RunContext['payload']
  process.stdout.write(`GITHUB_EVENT_PATH ${file} does not exist\n`)
  return {}
}
