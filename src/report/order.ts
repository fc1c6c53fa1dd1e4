import { LEVELS, sha256, type Diagnostic, type Finding, type Level, type ScanResult } from '../findings.js'
import { levelsReaching, type Gate } from '../gate.js'

/**
 * One ordering for every report, reviewer first: what fails the gate, then by level; within a level, what
 * stands on lines the change touches, then in files it touches, then the rest. Findings on one statement (or
 * one key) make one entry with every rule on it.
 */

/** Where an entry stands relative to the change: on a changed line, in a changed file, or elsewhere. */
type Change = 'line' | 'file' | 'none'
const CHANGES: readonly Change[] = ['line', 'file', 'none']

interface Ranked {
  /** The most severe level among its findings (`error` for a diagnostic). */
  level: Level
  /** Fails the gate: a finding at the fail-on level, or a file not checked in full when that is not allowed. */
  failing: boolean
  change: Change
  file: string
  line: number
}

/** The findings on one statement (or one key property), in rule order: one entry in the comment, summary and text. */
export interface FindingEntry extends Ranked {
  kind: 'finding'
  findings: Finding[]
}

/** A file not checked in full: unreadable, or a problem CloudFormation would reject. */
interface DiagnosticEntry extends Ranked {
  kind: 'diagnostic'
  diagnostic: Diagnostic
}

export type Entry = FindingEntry | DiagnosticEntry

/** The entries of a result in reviewer order (see the top of this module). */
export function entriesInOrder(result: Pick<ScanResult, 'findings' | 'errors' | 'changed'>, gate: Gate): Entry[] {
  const reaching = levelsReaching(gate.failOn)
  const diagnosticsFail = gate.failOn !== 'never' && !gate.allowUnreadable
  const changeOf = (file: string, line: number, endLine: number): Change => {
    const ranges = result.changed?.get(file)
    if (ranges === undefined) return 'none'
    return ranges.some(([from, to]) => from <= endLine && line <= to) ? 'line' : 'file'
  }
  const findingEntries: FindingEntry[] = [...groupByStatement(result.findings)].map((findings) => {
    const first = findings[0]
    const level = LEVELS.find((l) => findings.some((f) => f.level === l)) ?? first.level
    return {
      kind: 'finding',
      findings,
      level,
      failing: findings.some((f) => reaching.includes(f.level)),
      change: changeOf(first.file, first.line, Math.max(...findings.map((f) => f.endLine))),
      file: first.file,
      line: first.line,
    }
  })
  const diagnosticEntries: DiagnosticEntry[] = result.errors.map((diagnostic) => ({
    kind: 'diagnostic',
    diagnostic,
    level: 'error',
    failing: diagnosticsFail,
    change: changeOf(diagnostic.file, diagnostic.line, diagnostic.line),
    file: diagnostic.file,
    line: diagnostic.line,
  }))
  const key = (e: Entry): number[] => [
    e.failing ? 0 : 1,
    LEVELS.indexOf(e.level),
    // Allowed, they are notices: after every finding of their level. Failing, they rank by the change too.
    e.kind === 'diagnostic' && !e.failing ? 1 : 0,
    CHANGES.indexOf(e.change),
    e.kind === 'diagnostic' ? 1 : 0,
  ]
  return [...findingEntries, ...diagnosticEntries].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i]
    return compare(a.file, b.file) || a.line - b.line
  })
}

/** The findings in reviewer order, one after another (SARIF results). */
export function findingsInOrder(result: Pick<ScanResult, 'findings' | 'changed'>, gate: Gate): Finding[] {
  return entriesInOrder({ ...result, errors: [] }, gate).flatMap((e) => (e.kind === 'finding' ? e.findings : []))
}

/**
 * The same for every finding on one statement (or one key property) of one run: JSON and SARIF keep one
 * result per rule, as code scanning needs, and this groups them again.
 */
export function statementId(f: Finding): string {
  return sha256(statementKey(f)).slice(0, 16)
}

function statementKey(f: Finding): string {
  return JSON.stringify([f.file, f.line, f.column, f.resource, f.policy, f.statement])
}

function groupByStatement(findings: readonly Finding[]): Iterable<Finding[]> {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = statementKey(f)
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  return groups.values()
}

/** Code-unit order: the same on every machine, unlike locale order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
