import type { Finding, ScanResult } from '../findings.js'
import { MANAGED_POLICIES_AS_OF } from '../iam/managed.js'
import { VERSION } from '../version.js'
import { statementId } from './order.js'

/** The stable machine-readable report (docs/cli.md, "JSON report"); version 1. */
export function renderJson(result: ScanResult): string {
  return (
    JSON.stringify(
      {
        version: 1,
        findings: result.findings.map(jsonFinding),
        errors: result.errors.map((e) => ({ ...e, unreadable: e.unreadable === true })),
        unparseable: result.unparseable,
        summary: result.summary,
        suppressed: result.suppressed.map(jsonFinding),
        baseline: result.baseline.map(jsonFinding),
        warnings: result.warnings,
        tool: { name: 'cfn-kms-check', version: VERSION, managedPolicies: MANAGED_POLICIES_AS_OF },
      },
      null,
      2,
    ) + '\n'
  )
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
