import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { onFirstUse } from '../util/first-use.js'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ChangedLines, Finding, ScanResult } from '../findings.js'
import { scanBytes, scanFile, terraformJobs, type FileOutcome, type ScanOptions } from './scan.js'
import { folderOf, isTerraformFile } from './terraform.js'

/**
 * What git answered: its output, or why it failed in its own words (the system's when git is missing; null
 * when git failed without a word, as `--quiet` asks).
 */
type GitAnswer = { ok: true; out: Buffer } | { ok: false; message: string | null }

/** node:child_process is required when git is first asked, not at every start. */
const childProcess = onFirstUse<typeof import('node:child_process')>('node:child_process')

function git(cwd: string, args: string[]): GitAnswer {
  try {
    return {
      ok: true,
      out: childProcess().execFileSync('git', args, {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      }),
    }
  } catch (e) {
    const error = e as NodeJS.ErrnoException & { stderr?: Buffer }
    if (error.code === 'ENOENT') return { ok: false, message: 'git is not installed (or not on the PATH)' }
    const said = error.stderr?.toString('utf8').trim().split('\n')[0]
    return { ok: false, message: said || null }
  }
}

/**
 * Null when `ref` names a commit this clone has, else why not: git's own message (not a repository, git
 * missing), or, when git says nothing (`--quiet`), that the commit is not here (a shallow clone often lacks it).
 */
function missingCommit(cwd: string, ref: string): string | null {
  const answer = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  if (answer.ok) return null
  return answer.message ?? 'the commit is not in this clone (a shallow checkout?)'
}

/**
 * Splits the result into what the change adds and what was already there: each file of the scan is
 * read at `ref` (`git show`, no checkout) and judged the same way; findings are matched by fingerprint
 * (rule, file, resource, policy, statement content), so moved lines and reordered resources stay old.
 * Without the base commit, one warning says so and every finding is judged.
 */
export function compareWithBase(result: ScanResult, ref: string, options: ScanOptions): ScanResult {
  const missing = missingCommit(options.cwd, ref)
  if (missing !== null) {
    return {
      ...result,
      warnings: [
        ...result.warnings,
        `cannot read the base commit ${ref}: ${missing}; so every finding is judged, old or new (in a shallow checkout, fetch it with fetch-depth: 0)`,
      ],
    }
  }
  const files = [...new Set([...result.findings, ...result.suppressed].map((f) => f.file))]
  const before = new Map<string, number>()
  const outcomes: FileOutcome[] = []
  for (const file of files.filter((f) => !isTerraformFile(f))) {
    const content = git(options.cwd, ['show', `${ref}:./${file}`])
    if (content.ok) outcomes.push(scanBytes(file, content.out, options))
  }
  if (files.some(isTerraformFile)) outcomes.push(...terraformAtBase(ref, options))
  for (const outcome of outcomes) {
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
 * The Terraform modules as they were at `ref`, judged the same way. A module is a folder of files (and the
 * local modules it calls), so its Terraform files at `ref` are written to a scratch folder, at the same
 * relative paths, and read from there.
 */
function terraformAtBase(ref: string, options: ScanOptions): FileOutcome[] {
  const listed = git(options.cwd, ['ls-tree', '-r', '--name-only', ref, '--', '.'])
  if (!listed.ok) return []
  const all = lines(listed.out)
  // Plans beside .tf files: their findings stand in those files, and are matched there.
  const folders = new Set(all.filter(isTerraformFile).map(folderOf))
  const plans = new Set(all.filter((file) => file.endsWith('.json') && folders.has(folderOf(file))))
  const wanted = (file: string): boolean =>
    isTerraformFile(file) || /\.tfvars(\.json)?$/.test(file) || file.endsWith('.terraform/modules/modules.json')
  const scratch = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-base-'))
  try {
    const written: string[] = []
    for (const file of all.filter((f) => wanted(f) || plans.has(f))) {
      const content = git(options.cwd, ['show', `${ref}:./${file}`])
      if (!content.ok) continue
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true })
      writeFileSync(path.join(scratch, file), content.out)
      written.push(file)
    }
    // Variable files given on the command line are read from where they are now.
    const varFiles = (options.varFiles ?? []).map((file) => path.resolve(options.cwd, file))
    const base = { ...options, cwd: scratch, varFiles }
    return [
      ...terraformJobs(written.filter(wanted), base).map((judge) => judge()),
      ...written
        .filter((file) => plans.has(file))
        .map((file) => scanFile(file, base))
        .filter((outcome) => outcome.kind === 'template' && outcome.plan),
    ]
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * Files changed between `ref` and the working tree (committed or not), relative to cwd; or why git cannot tell
 * (no repository, base commit missing, git missing), in git's words where it gives them.
 */
export function changedFiles(cwd: string, ref: string): { files: string[] } | { missing: string } {
  const missing = missingCommit(cwd, ref)
  if (missing !== null) return { missing }
  const diff = git(cwd, ['diff', '--name-only', '--relative', '--no-renames', ref, '--', '.'])
  if (!diff.ok) return { missing: diff.message ?? 'git diff failed' }
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard'])
  return { files: [...new Set([...lines(diff.out), ...(untracked.ok ? lines(untracked.out) : [])])].sort() }
}

function lines(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\n').filter(Boolean)
}

/**
 * The lines changed between `ref` and the working tree (committed or not), relative to cwd, from git's
 * diff with no context lines; files git does not track yet count as changed whole. Null when git cannot tell.
 */
export function changedLines(cwd: string, ref: string): ChangedLines | null {
  if (missingCommit(cwd, ref) !== null) return null
  const diff = git(cwd, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--unified=0',
    '--relative',
    '--no-renames',
    '--no-color',
    '--no-ext-diff',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    ref,
    '--',
    '.',
  ])
  if (!diff.ok) return null
  const changed = new Map<string, [number, number][]>()
  let ranges: [number, number][] | null = null
  for (const line of diff.out.toString('utf8').split('\n')) {
    if (line.startsWith('+++ ')) {
      // `+++ /dev/null` is a deleted file: nothing of it is left to annotate.
      const file = line.startsWith('+++ b/') ? unquote(line.slice(6)) : null
      ranges = file === null ? null : []
      if (file !== null && ranges) changed.set(file, ranges)
    } else if (ranges && line.startsWith('@@')) {
      const range = hunkRange(line)
      if (range) ranges.push(range)
    }
  }
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard'])
  for (const file of untracked.ok ? lines(untracked.out) : []) changed.set(file, [[1, Number.MAX_SAFE_INTEGER]])
  return changed
}

/**
 * The lines a pull request adds in one file, numbered in the new file, from the `patch` the API gives (a
 * unified diff with context lines, which are not changes): GitHub accepts review comments with suggested
 * changes on these lines. Runs of consecutive lines make one range.
 */
export function patchLines(patch: string | undefined): [number, number][] {
  const ranges: [number, number][] = []
  let next = 0
  for (const line of (patch ?? '').split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (hunk) next = Number(hunk[1])
    else if (line.startsWith('+')) {
      const last = ranges.at(-1)
      if (last && last[1] === next - 1) last[1] = next
      else ranges.push([next, next])
      next++
    } else if (line.startsWith(' ')) next++
  }
  return ranges
}

/** `@@ -a,b +c,d @@`: the new side's lines c to c+d-1; none when d is 0 (lines removed only). */
function hunkRange(header: string): [number, number] | null {
  const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(header)
  if (!match) return null
  const start = Number(match[1])
  const count = match[2] === undefined ? 1 : Number(match[2])
  return count === 0 ? null : [start, start + count - 1]
}

/** git quotes paths with unusual characters as C strings: `"a\tb.yaml"`. */
function unquote(file: string): string {
  if (!file.startsWith('"')) return file
  try {
    return JSON.parse(file) as string
  } catch {
    return file.slice(1, -1)
  }
}
