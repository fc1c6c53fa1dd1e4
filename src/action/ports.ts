import { tmpdir } from 'node:os'
import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import * as github from '@actions/github'

/**
 * What the action reaches outside itself, passed in: the runner (inputs, log, annotations, outputs,
 * summary, step status), the run's context, the GitHub API and the clock. The entry point passes the
 * real ones (`runnerPorts`); tests pass fakes and run the action from its source.
 */
export interface ActionPorts {
  runner: Runner
  context: RunContext
  /** An API client authenticated by `token`; every request carries `signal`. */
  github: (token: string, signal: AbortSignal) => Octokit
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
  const { context } = github
  return {
    runner: {
      getInput: (name) => core.getInput(name),
      info: core.info,
      warning: core.warning,
      error: core.error,
      notice: core.notice,
      setOutput: core.setOutput,
      setFailed: core.setFailed,
      writeSummary: async (markdown) => {
        await core.summary.addRaw(markdown).write()
      },
    },
    context: {
      payload: context.payload,
      repository: process.env['GITHUB_REPOSITORY'] || undefined,
      sha: context.sha,
      serverUrl: context.serverUrl,
      runId: context.runId,
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      tempFolder: process.env['RUNNER_TEMP'] || tmpdir(),
    },
    github: (token, signal) => github.getOctokit(token, { request: { signal } }),
    clock: {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      deadline: (ms) => AbortSignal.timeout(ms),
    },
    workerEntry,
  }
}
