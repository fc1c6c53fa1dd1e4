import type * as Sarif from 'sarif'
import { RULES } from '../checks/index.js'
import { helpText, ruleDocsUrl, type Rule } from '../checks/rule.js'
import { fingerprintOf, type Finding, type Diagnostic, type ScanResult } from '../findings.js'
import { VERSION } from '../version.js'
import { DEFAULT_GATE, type Gate } from '../gate.js'
import { findingsInOrder, statementId } from './order.js'
import { MANAGED_POLICIES_AS_OF } from '../iam/managed.js'
import { escapeMarkdown } from './markdown.js'
import { pathToUri, ruleInfo, ruleOrder } from './shared.js'

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** SARIF 2.1.0 for code scanning, as the text of a `.sarif` file. */
export function renderSarif(result: ScanResult, gate: Gate): string {
  return JSON.stringify(toSarif(result, gate), null, 2) + '\n'
}

/**
 * One rule per rule id (every known rule, so the set is the same on every run, plus any id a finding brings),
 * and one per scope a rule gives a meaning of its own (`KMS.2/account-wide`); one result per finding with its
 * exact region, under the rule of its scope; unreadable templates as tool notifications.
 */
export function toSarif(result: ScanResult, gate: Gate = DEFAULT_GATE): Sarif.Log {
  const ruleIds = ruleOrder([
    ...RULES.map((rule) => rule.id),
    ...[...result.findings, ...result.suppressed].map((f) => f.ruleId),
  ])
  const descriptors = ruleIds.flatMap(ruleDescriptors)
  const ruleIndex = (id: string): number => descriptors.findIndex((d) => d.id === id)
  const fingerprints = new Fingerprints()
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cfn-kms-check',
            semanticVersion: VERSION,
            // The data KMS.Effective judges AWS managed policies by: a verdict can change when AWS edits one.
            properties: { managedPolicies: MANAGED_POLICIES_AS_OF },
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.errors.map(notification) }],
        // In reviewer order (report/order.ts), as annotations and the comment; the suppressed ones last.
        results: [...findingsInOrder(result, gate), ...result.suppressed].map((f) => ({
          ruleId: sarifRuleId(f),
          ruleIndex: ruleIndex(sarifRuleId(f)),
          level: f.level,
          message: { text: `${f.message} Fix: ${f.fix}` },
          locations: [
            location(f.file, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }),
          ],
          ...(f.resourceLine !== null ? { relatedLocations: [resourceElement(f, f.resourceLine)] } : {}),
          partialFingerprints: { primaryLocationLineHash: fingerprints.next(f) },
          // Accepted findings stay in the log, marked, so code scanning shows them as dismissed, with why.
          ...(f.suppression && !f.suppression.expired
            ? {
                suppressions: [
                  {
                    kind: f.suppression.kind,
                    status: 'accepted' as const,
                    justification: f.suppression.reason,
                    location: location(f.suppression.source.slice(0, f.suppression.source.lastIndexOf(':')), {
                      startLine: Number(f.suppression.source.slice(f.suppression.source.lastIndexOf(':') + 1)),
                    }),
                  },
                ],
              }
            : {}),
          properties: {
            // The findings of several rules on one statement share it: code scanning keeps them apart, readers group them.
            statementId: statementId(f),
            scope: f.scope,
            resource: f.resource,
            resourceType: f.resourceType,
            policy: f.policy,
            statement: f.statement,
            sid: f.sid,
            witness: f.witness,
            condition: f.condition,
          },
        })),
      },
    ],
  }
}

/** The SARIF rule a finding is reported under: its rule's, or `<id>/<scope>` when the rule gives the scope a meaning. */
function sarifRuleId(f: Finding): string {
  return f.scope && ruleInfo(f.ruleId).scopes?.[f.scope] ? `${f.ruleId}/${f.scope}` : f.ruleId
}

/** A rule and, after it, one rule per scope it gives a meaning (and a severity) of its own. */
function ruleDescriptors(id: string): Sarif.ReportingDescriptor[] {
  const rule = ruleInfo(id)
  const scoped = Object.entries(rule.scopes ?? {}).map(([scope, meaning]) =>
    descriptor(rule, { id: `${id}/${scope}`, ...meaning }),
  )
  return [descriptor(rule, { id, name: rule.name, summary: rule.summary, severity: rule.severity }), ...scoped]
}

function descriptor(
  rule: Rule,
  shown: { id: string; name: string; summary: string; severity: number | null },
): Sarif.ReportingDescriptor {
  const help = helpText(rule)
  const page = ruleDocsUrl(shown.id)
  const markdown = [
    escapeMarkdown(shown.summary),
    escapeMarkdown(rule.help),
    ...(rule.mapsTo ? [`Follows ${escapeMarkdown(rule.mapsTo)}.`] : []),
    `[${rule.id} documentation](${page}): what it checks, examples that fail and pass, how to fix and how to suppress.`,
  ]
  const tags = ['cloudformation', 'iam', 'kms']
  return {
    id: shown.id,
    name: shown.name,
    shortDescription: { text: shown.summary },
    fullDescription: { text: `${shown.summary} ${help}` },
    helpUri: page,
    help: { text: `${help} Documentation: ${page}`, markdown: markdown.join('\n\n') },
    // A numeric string: code scanning rejects anything else, and its presence makes results security alerts,
    // which a malformed suppression or policy is not.
    properties:
      shown.severity === null
        ? { tags, precision: 'very-high' }
        : { tags: ['security', ...tags], precision: 'very-high', 'security-severity': shown.severity.toFixed(1) },
  }
}

function location(file: string, region?: Sarif.Region): Sarif.Location {
  return { physicalLocation: { artifactLocation: { uri: pathToUri(file) }, ...(region ? { region } : {}) } }
}

function resourceElement(f: Finding, line: number): Sarif.Location {
  const region: Sarif.Region =
    f.resourceColumn !== null ? { startLine: line, startColumn: f.resourceColumn } : { startLine: line }
  return {
    id: 1,
    ...location(f.file, region),
    message: { text: 'The Resource (or NotResource) element that opens the grant up.' },
  }
}

function notification(e: Diagnostic): Sarif.Notification {
  const region = e.line > 0 ? { startLine: e.line, startColumn: e.column } : undefined
  return {
    level: 'error',
    message: {
      text: `${e.unreadable ? 'File not read as a template' : 'Template CloudFormation would reject'}: ${e.message}`,
    },
    locations: [location(e.file, region)],
  }
}

/**
 * The finding's fingerprint (rule, file, resource, policy, statement content: never line numbers) under
 * `primaryLocationLineHash`, the only key code scanning reads, in its `hash:occurrence` shape so identical
 * ones stay distinct.
 */
class Fingerprints {
  private readonly seen = new Map<string, number>()

  next(f: Finding): string {
    const hash = (f.fingerprint ?? fingerprintOf(f)).slice(0, 16)
    const occurrence = (this.seen.get(hash) ?? 0) + 1
    this.seen.set(hash, occurrence)
    return `${hash}:${occurrence}`
  }
}
