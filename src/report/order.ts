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

/**
 * The findings on one statement (or one key property): one entry in the comment, summary, text and
 * annotations. A Terraform module called several times holds the statement once in its source, so its
 * findings in every instance make one entry too.
 */
export interface FindingEntry extends Ranked {
  kind: 'finding'
  /**
   * One finding per rule (the most severe of its instances), in rule order; when the statement stands in
   * several module instances, addressed inside the module (`aws_kms_key.this`, not `module.a.aws_kms_key.this`).
   */
  findings: Finding[]
  /** The module instances the statement stands in (`module.a`, `module.b["x"]`), when more than one. */
  instances: string[]
  /** Every finding on the statement, in every instance, as the scan gave them (JSON and SARIF keep each). */
  all: Finding[]
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
  const findingEntries: FindingEntry[] = [...groupByStatement(result.findings)].map((all) => {
    const first = all[0]
    const level = LEVELS.find((l) => all.some((f) => f.level === l)) ?? first.level
    const instances = [...new Set(all.map((f) => moduleInstance(f.resource)))]
    return {
      kind: 'finding',
      findings: perRule(all).map((f) => (instances.length > 1 ? inModule(f, all) : f)),
      instances: instances.length > 1 ? instances : [],
      all,
      level,
      failing: all.some((f) => reaching.includes(f.level)),
      change: changeOf(first.file, first.line, Math.max(...all.map((f) => f.endLine))),
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
  return entriesInOrder({ ...result, errors: [] }, gate).flatMap((e) => (e.kind === 'finding' ? e.all : []))
}

/**
 * The same for every finding on one statement (or one key property) of one run: JSON and SARIF keep one
 * result per rule, as code scanning needs, and this groups them again.
 */
export function statementId(f: Finding): string {
  return sha256(statementKey(f)).slice(0, 16)
}

function statementKey(f: Finding): string {
  // In a module the policy's name may come from each caller's inputs: the place and the address name the statement.
  const policy = moduleInstance(f.resource) === '' ? f.policy : null
  return JSON.stringify([f.file, f.line, f.column, withinModule(f.resource), policy, f.statement])
}

/**
 * The leading `module.NAME` steps of a Terraform address, with their instance keys (`module.a["x"].module.b`);
 * '' outside modules and for CloudFormation's logical ids, which hold no dot.
 */
const MODULE_STEPS = /^(?:module\.[\w-]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.)+/

function moduleInstance(resource: string): string {
  return MODULE_STEPS.exec(resource)?.[0].slice(0, -1) ?? ''
}

/** The address inside the module: `aws_kms_key.this[*]` for `module.a.aws_kms_key.this[*]`. */
function withinModule(resource: string): string {
  return resource.replace(MODULE_STEPS, '')
}

/**
 * A finding of one instance, told inside the module: the address without the instance, in its words too; the
 * policy's name only when every instance (`all`) gives the same.
 */
function inModule(f: Finding, all: readonly Finding[]): Finding {
  const local = withinModule(f.resource)
  const policies = new Set(all.map((x) => (x.policy === null ? null : withinModule(x.policy))))
  return {
    ...f,
    resource: local,
    policy: policies.size === 1 ? [...policies][0] : null,
    title: f.title.replaceAll(f.resource, local),
    message: f.message.replaceAll(f.resource, local),
  }
}

/** One finding per rule (and scope), the most severe of its instances, in the order the rules first come. */
function perRule(findings: readonly Finding[]): Finding[] {
  const chosen = new Map<string, Finding>()
  for (const f of findings) {
    const rule = `${f.ruleId} ${f.scope ?? ''}`
    const held = chosen.get(rule)
    if (!held || LEVELS.indexOf(f.level) < LEVELS.indexOf(held.level)) chosen.set(rule, f)
  }
  return [...chosen.values()]
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
