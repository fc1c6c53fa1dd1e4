import type { Finding, ScanResult } from '../findings.js'
import { MANAGED_POLICIES_AS_OF } from '../iam/managed.js'
import { VERSION } from '../version.js'
import { statementId } from './order.js'

/** The stable machine-readable report (docs/cli.md, "JSON report"); version 1. */
export function renderJson(result: ScanResult): string {
  return [...jsonChunks(result)].join('')
}

/**
 * The same report piece by piece, each finding turned to text only when it is written: the whole report
 * is never one string (52 MB for 40,000 findings, with as much again in the objects it is made from).
 * The text is what `JSON.stringify(report, null, 2)` gives, byte for byte.
 */
export function* jsonChunks(result: ScanResult): Generator<string> {
  const report: Record<string, unknown> = {
    version: 1,
    findings: result.findings,
    errors: result.errors.map((e) => ({ ...e, unreadable: e.unreadable === true })),
    unparseable: result.unparseable,
    summary: result.summary,
    suppressed: result.suppressed,
    baseline: result.baseline,
    warnings: result.warnings,
    tool: { name: 'cfn-kms-check', version: VERSION, managedPolicies: MANAGED_POLICIES_AS_OF },
  }
  yield '{'
  for (const [i, [name, value]] of Object.entries(report).entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(name)}: `
    if (!FINDING_LISTS.has(name)) yield nested(value, 1)
    else if ((value as Finding[]).length === 0) yield '[]'
    else {
      const findings = value as Finding[]
      yield '['
      for (let start = 0; start < findings.length; start += BATCH)
        yield `${start === 0 ? '' : ','}\n    ${atDepthTwo(findings.slice(start, start + BATCH).map(jsonFinding))}`
      yield '\n  ]'
    }
  }
  yield '\n}\n'
}

/** The report's lists of findings, each written one finding at a time. */
const FINDING_LISTS = new Set(['findings', 'suppressed', 'baseline'])

/** Findings turned to text at a time, by one call of the serializer. */
const BATCH = 32

/**
 * Entries of a list two levels down, as `JSON.stringify(..., null, 2)` writes them there, one after another:
 * the serializer writes them inside two lists, and the text between the lists' brackets is taken (no pass
 * over the text to indent it).
 */
function atDepthTwo(entries: readonly unknown[]): string {
  return JSON.stringify([entries], null, 2).slice(OPENING.length, -CLOSING.length)
}

const OPENING = '[\n  [\n    '
const CLOSING = '\n  ]\n]'

/** A value as `JSON.stringify(..., null, 2)` writes it `depth` levels down (strings hold no raw line breaks). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n' + '  '.repeat(depth))
}

/** Fields in the documented order; additions go after `fix`. */
function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    level: f.level,
    scope: f.scope,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: f.resource,
    resourceType: f.resourceType,
    policy: f.policy,
    statement: f.statement,
    sid: f.sid,
    actions: f.actions,
    grants: f.grants,
    witness: f.witness,
    condition: f.condition,
    parameters: f.parameters,
    message: f.message,
    fix: f.fix,
    title: f.title,
    resourceLine: f.resourceLine,
    resourceColumn: f.resourceColumn,
    mappings: f.mappings,
    conditionKeys: f.conditionKeys,
    unresolved: f.unresolved,
    fingerprint: f.fingerprint ?? null,
    statementId: statementId(f),
    suppression: f.suppression ?? null,
  }
}
