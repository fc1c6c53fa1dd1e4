import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type * as Sarif from 'sarif'
import { RULES, type Finding, type ScanError } from '../findings.js'
import type { ScanResult } from '../scan.js'
import { VERSION } from '../version.js'
import { pathToUri, ruleInfo, ruleOrder } from './shared.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The text of a scanned file by its path in the result, or undefined when it cannot be read. */
export type SourceText = (file: string) => string | undefined

/** SARIF 2.1.0 for code scanning, as the text of a `.sarif` file. */
export function renderSarif(result: ScanResult, sourceText: SourceText): string {
  return JSON.stringify(toSarif(result, sourceText), null, 2) + '\n'
}

/**
 * One rule per rule id (every known rule, so the set is the same on every run, plus any id a finding brings),
 * one result per finding with its exact region, and unreadable templates as tool notifications.
 */
export function toSarif(result: ScanResult, sourceText: SourceText): Sarif.Log {
  const ruleIds = ruleOrder([...Object.keys(RULES), ...result.findings.map((f) => f.ruleId)])
  const fingerprints = new Fingerprints()
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cfn-kms-check', semanticVersion: VERSION, rules: ruleIds.map(ruleDescriptor) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.errors.map(notification) }],
        results: result.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: f.level,
          message: { text: `${f.message} Fix: ${f.fix}` },
          locations: [location(f.file, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn })],
          ...(f.resourceLine !== null ? { relatedLocations: [resourceElement(f, f.resourceLine)] } : {}),
          partialFingerprints: { primaryLocationLineHash: fingerprints.next(f, sourceText) },
          properties: { scope: f.scope, resource: f.resource, resourceType: f.resourceType, policy: f.policy, statement: f.statement, sid: f.sid, witness: f.witness, condition: f.condition },
        })),
      },
    ],
  }
}

/** Reads scanned files relative to cwd, each once. */
export function readSources(cwd: string): SourceText {
  const cache = new Map<string, string | undefined>()
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(path.resolve(cwd, file), 'utf8'))
      } catch {
        cache.set(file, undefined)
      }
    }
    return cache.get(file)
  }
}

function ruleDescriptor(id: string): Sarif.ReportingDescriptor {
  const rule = ruleInfo(id)
  return {
    id,
    name: rule.name,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.summary },
    help: { text: rule.help },
    // A numeric string: code scanning rejects anything else, and its presence makes results security alerts.
    properties: { tags: ['security', 'cloudformation', 'iam', 'kms'], precision: 'very-high', 'security-severity': rule.severity.toFixed(1) },
  }
}

function location(file: string, region?: Sarif.Region): Sarif.Location {
  return { physicalLocation: { artifactLocation: { uri: pathToUri(file) }, ...(region ? { region } : {}) } }
}

function resourceElement(f: Finding, line: number): Sarif.Location {
  const region: Sarif.Region = f.resourceColumn !== null ? { startLine: line, startColumn: f.resourceColumn } : { startLine: line }
  return { id: 1, ...location(f.file, region), message: { text: 'The Resource (or NotResource) element that opens the grant up.' } }
}

function notification(e: ScanError): Sarif.Notification {
  const region = e.line > 0 ? { startLine: e.line, startColumn: e.column } : undefined
  return { level: 'error', message: { text: `Template not checked: ${e.message}` }, locations: [location(e.file, region)] }
}

/**
 * Fingerprints that survive moving a statement to other lines: a hash of the rule, file, resource, policy,
 * statement index, title (two findings of one rule on one resource, such as a key's DeletionPolicy and its
 * UpdateReplacePolicy, differ there) and the statement's text with white space collapsed, never line
 * numbers. They go under
 * `primaryLocationLineHash`, the only key code scanning reads (upload-sarif computes a line-based one
 * otherwise), in its `hash:occurrence` shape so identical ones stay distinct.
 */
class Fingerprints {
  private readonly seen = new Map<string, number>()

  next(f: Finding, sourceText: SourceText): string {
    const content = statementText(sourceText(f.file), f)
    const hash = createHash('sha256').update(JSON.stringify([f.ruleId, f.file, f.resource, f.policy, f.statement, f.title, content])).digest('hex').slice(0, 16)
    const occurrence = (this.seen.get(hash) ?? 0) + 1
    this.seen.set(hash, occurrence)
    return `${hash}:${occurrence}`
  }
}

/** The text of a finding's region (columns are 1-based, the end exclusive) with white space collapsed. */
export function statementText(source: string | undefined, f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  if (source === undefined) return ''
  const lines = source.split(/\r?\n/).slice(f.line - 1, f.endLine)
  if (lines.length === 0) return ''
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, f.endColumn - 1)
  lines[0] = lines[0]!.slice(f.column - 1)
  return lines.join('\n').replace(/\s+/g, ' ').trim()
}
