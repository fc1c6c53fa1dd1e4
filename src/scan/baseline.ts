import { execFileSync } from 'node:child_process'
import type { Finding, ScanResult } from '../findings.js'
import { scanBytes, type ScanOptions } from './scan.js'

/** Runs git in cwd; null when git fails (no repository, unknown revision, shallow clone). */
function git(cwd: string, args: string[]): Buffer | null {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 })
  } catch {
    return null
  }
}

/** Whether `ref` names a commit this clone has (a shallow clone often lacks the base). */
function hasCommit(cwd: string, ref: string): boolean {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== null
}

/**
 * Splits the result into what the change adds and what was already there: each file of the scan is
 * read at `ref` (`git show`, no checkout) and judged the same way; findings are matched by fingerprint
 * (rule, file, resource, policy, statement content), so moved lines and reordered resources stay old.
 * Without the base commit, one warning says so and every finding is judged.
 */
export function compareWithBase(result: ScanResult, ref: string, options: ScanOptions): ScanResult {
  if (!hasCommit(options.cwd, ref)) {
    return {
      ...result,
      warnings: [
        ...result.warnings,
        `the base commit ${ref} is not in this clone (a shallow checkout?), so every finding is judged, old or new; fetch it with fetch-depth: 0`,
      ],
    }
  }
  const files = [...new Set([...result.findings, ...result.suppressed].map((f) => f.file))]
  const before = new Map<string, number>()
  for (const file of files) {
    const content = git(options.cwd, ['show', `${ref}:./${file}`])
    if (content === null) continue
    const outcome = scanBytes(file, content, options)
    if (outcome.kind !== 'template') continue
    for (const f of outcome.findings) before.set(f.fingerprint!, (before.get(f.fingerprint!) ?? 0) + 1)
  }
  const added: Finding[] = []
  const existing: Finding[] = []
  for (const finding of result.findings) {
    const left = before.get(finding.fingerprint!) ?? 0
    if (left > 0) {
      before.set(finding.fingerprint!, left - 1)
      existing.push(finding)
    } else {
      added.push(finding)
    }
  }
  return {
    ...result,
    findings: added,
    baseline: existing,
    summary: { ...result.summary, findings: added.length, baseline: existing.length },
  }
}

/**
 * Files changed between `ref` and the working tree (committed or not), relative to cwd; null when git
 * cannot tell (no repository, base commit missing).
 */
export function changedFiles(cwd: string, ref: string): string[] | null {
  if (!hasCommit(cwd, ref)) return null
  const out = git(cwd, ['diff', '--name-only', '--relative', '--no-renames', ref, '--', '.'])
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard'])
  if (out === null) return null
  return [...new Set([...lines(out), ...(untracked ? lines(untracked) : [])])].sort()
}

function lines(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\n').filter(Boolean)
}
