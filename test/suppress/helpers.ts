/**
 * Shared by the suppression, config and baseline tests (and the action's end-to-end tests): fixture text,
 * throwaway projects in a temp folder, real git repositories built commit by commit, and the CLI run in
 * process (`runCli`, what the binary runs) with its JSON report parsed.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli, type CliOutcome } from '../../src/cli/cli.js'
import type { Diagnostic, Finding, SuppressionNote } from '../../src/findings.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/suppress', import.meta.url))

/** The text of a fixture under test/fixtures/suppress. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
}

/** The 1-based line of the `nth` line (from 0) of `text` that contains `needle`; throws when there is none. */
export function lineOf(text: string, needle: string, nth = 0): number {
  const lines = text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i + 1] : []))
  if (lines[nth] === undefined) throw new Error(`no line ${nth} with ${JSON.stringify(needle)}`)
  return lines[nth]
}

const folders: string[] = []

/** A fresh folder (below `parent`, else the system temp folder) holding `files`: place → text. */
export function project(files: Record<string, string>, parent = tmpdir()): string {
  const folder = mkdtempSync(path.join(parent, 'cfn-kms-check-suppress-'))
  folders.push(folder)
  writeFiles(folder, files)
  return folder
}

export function writeFiles(folder: string, files: Record<string, string | null>): void {
  for (const [place, text] of Object.entries(files)) {
    const file = path.join(folder, place)
    if (text === null) {
      rmSync(file, { force: true })
      continue
    }
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

/** Removes every folder made by `project` and `Repo.init`; for afterAll. */
export function removeProjects(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
}

/** Git without the user's or the machine's configuration, so nothing (signing, hooks, templates) differs between machines. */
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' }

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** A git repository in a temp folder, built by the test one commit at a time. */
export class Repo {
  private constructor(readonly dir: string) {}

  static init(parent?: string): Repo {
    const repo = new Repo(project({}, parent))
    git(repo.dir, 'init', '--quiet', '--initial-branch=main')
    git(repo.dir, 'config', 'user.name', 'cfn-kms-check tests')
    git(repo.dir, 'config', 'user.email', 'tests@example.invalid')
    return repo
  }

  /** Writes `files` (null deletes one), commits everything and returns the commit's sha. */
  commit(message: string, files: Record<string, string | null>): string {
    writeFiles(this.dir, files)
    git(this.dir, 'add', '--all')
    git(this.dir, 'commit', '--quiet', '--allow-empty', '-m', message)
    return git(this.dir, 'rev-parse', 'HEAD')
  }

  /** A clone with only the last commit, as actions/checkout makes by default (fetch-depth 1). */
  shallowClone(): string {
    const clone = project({})
    rmSync(clone, { recursive: true })
    git(path.dirname(clone), 'clone', '--quiet', '--depth', '1', `file://${this.dir}`, clone)
    return clone
  }
}

/** The JSON report (`--format json`), as the README documents it. */
interface JsonFinding extends Omit<Finding, 'basis' | 'fingerprint' | 'suppression'> {
  fingerprint: string | null
  suppression: SuppressionNote | null
}

export interface JsonReport {
  version: number
  findings: JsonFinding[]
  errors: Diagnostic[]
  summary: Record<string, number>
  suppressed: JsonFinding[]
  baseline: JsonFinding[]
  warnings: string[]
}

/** The CLI in `cwd`, without colour or environment. */
export function cli(cwd: string, ...args: string[]): Promise<CliOutcome> {
  return runCli(args, cwd, {})
}

export async function cliJson(
  cwd: string,
  ...args: string[]
): Promise<{ exitCode: number; stderr: string; report: JsonReport }> {
  const outcome = await cli(cwd, ...args, '--format', 'json')
  if (outcome.stdout === '') throw new Error(`no report (exit ${outcome.exitCode}): ${outcome.stderr}`)
  return { exitCode: outcome.exitCode, stderr: outcome.stderr, report: JSON.parse(outcome.stdout) as JsonReport }
}

/** `rule resource policy@line` for each finding: what a reader checks first. */
export function brief(findings: readonly Pick<Finding, 'ruleId' | 'resource' | 'policy' | 'line'>[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.resource} ${f.policy ?? '-'}@${f.line}`)
}
