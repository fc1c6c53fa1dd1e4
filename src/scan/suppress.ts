import { globMatcher } from './discover.js'
import type { LoadedDocument, Path } from '../cfn/load.js'
import { ruleById, RULES } from '../checks/index.js'
import { SUPPRESSION_RULE, type SuppressionProblem } from '../checks/suppression.js'
import type { Finding } from '../findings.js'
import { isObject } from '../util/object.js'
import { dateValue, InvalidValue } from './settings.js'

/** A finding accepted on purpose: which one, why, and until when. */
export interface Suppression {
  rule: string
  reason: string
  /** YYYY-MM-DD, or null for no end. */
  expires: string | null
  /** Narrows to one policy of the resource. */
  policy: string | null
  /** The logical id it applies to; null for every resource (config suppressions only). */
  resource: string | null
  /** Glob of the files it applies to (config), or the one template it is written in. */
  files: string
  /** `file:line` where it is written. */
  source: string
}

/** The keys a suppression entry may have, besides those a config entry adds. */
const ENTRY_KEYS = ['rule', 'reason', 'expires', 'policy']

/**
 * Reads one suppression entry at `path` of a document (a resource's Metadata, or the config file).
 * A problem is returned instead when the entry could not suppress anything as written.
 */
export function readSuppression(
  document: LoadedDocument,
  file: string,
  path: Path,
  entry: unknown,
  scope: { resource: string | null; files: string; extraKeys?: readonly string[] },
): Suppression | SuppressionProblem {
  const at = document.locate(path)
  const problem = (message: string, key?: string): SuppressionProblem => {
    const where = key ? document.locate([...path, key], { key: true }) : at
    return { line: where.line, column: where.column, message }
  }
  if (!isObject(entry)) return problem('a suppression must be a mapping with rule and reason')
  const allowed = [...ENTRY_KEYS, ...(scope.extraKeys ?? [])]
  const unknown = Object.keys(entry).find((k) => !allowed.includes(k))
  if (unknown) return problem(`unknown key "${unknown}" in a suppression (allowed: ${allowed.join(', ')})`, unknown)
  const rule = entry['rule']
  if (typeof rule !== 'string' || ruleById(rule) === undefined || rule === SUPPRESSION_RULE.id) {
    const suppressible = RULES.filter((r) => r !== SUPPRESSION_RULE).map((r) => r.id)
    return problem(
      `suppression names ${typeof rule === 'string' ? `unknown rule "${rule}"` : 'no rule'}; rules are ${suppressible.join(', ')}`,
      'rule' in entry ? 'rule' : undefined,
    )
  }
  const reason = entry['reason']
  if (typeof reason !== 'string' || reason.trim() === '') {
    return problem(
      `suppression of ${rule} has no reason: say why the finding is accepted, or it is not suppressed`,
      'reason' in entry ? 'reason' : undefined,
    )
  }
  const expires = entry['expires'] === undefined || entry['expires'] === null ? null : String(entry['expires'])
  if (expires !== null) {
    try {
      dateValue(expires)
    } catch (e) {
      if (!(e instanceof InvalidValue)) throw e
      return problem(`expires ${e.message}`, 'expires')
    }
  }
  const policy = entry['policy'] === undefined ? null : String(entry['policy'])
  return {
    rule,
    reason: reason.trim(),
    expires,
    policy,
    resource: scope.resource,
    files: scope.files,
    source: `${file}:${at.line}`,
  }
}

export function isProblem(value: Suppression | SuppressionProblem): value is SuppressionProblem {
  return 'message' in value
}

/** Suppressions written in a template, under each resource's `Metadata: cfn-kms-check: suppress:`. */
export function templateSuppressions(
  file: string,
  document: LoadedDocument,
): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = []
  const problems: SuppressionProblem[] = []
  const resources = isObject(document.data) && isObject(document.data['Resources']) ? document.data['Resources'] : {}
  for (const logicalId in resources) {
    const resource = resources[logicalId]
    const metadata = isObject(resource) && isObject(resource['Metadata']) ? resource['Metadata'] : null
    const ours = metadata?.['cfn-kms-check']
    if (ours === undefined) continue
    const base: Path = ['Resources', logicalId, 'Metadata', 'cfn-kms-check']
    const list = isObject(ours) ? ours['suppress'] : undefined
    if (!Array.isArray(list)) {
      const at = document.locate(base)
      problems.push({
        line: at.line,
        column: at.column,
        resource: logicalId,
        message: 'Metadata cfn-kms-check must hold suppress: a list of {rule, reason, expires?, policy?}',
      })
      continue
    }
    list.forEach((entry, i) => {
      const read = readSuppression(document, file, [...base, 'suppress', i], entry, {
        resource: logicalId,
        files: file,
      })
      if (isProblem(read)) problems.push({ ...read, resource: logicalId })
      else suppressions.push(read)
    })
  }
  return { suppressions, problems }
}

/**
 * Moves the findings that an active suppression names to `suppressed`; a finding whose only matching
 * suppressions have expired stays, and says when it expired. `date` (YYYY-MM-DD): the day they expire
 * against, today (UTC) when not given.
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: readonly Suppression[],
  date?: string,
): { findings: Finding[]; suppressed: Finding[] } {
  if (suppressions.length === 0) return { findings, suppressed: [] }
  // Worked out only where there are suppressions: most templates have none.
  const day = date ?? today()
  const kept: Finding[] = []
  const suppressed: Finding[] = []
  for (const finding of findings) {
    const matching = suppressions.filter(
      (s) =>
        s.rule === finding.ruleId &&
        (s.resource === null || s.resource === finding.resource) &&
        (s.policy === null || s.policy === finding.policy) &&
        (s.files === finding.file || globMatcher(s.files)(finding.file)),
    )
    const active = matching.find((s) => s.expires === null || s.expires >= day)
    if (active) {
      suppressed.push({ ...finding, suppression: note(active, false) })
    } else if (matching.length > 0) {
      const expired = matching[0]
      kept.push({
        ...finding,
        suppression: note(expired, true),
        message: `${finding.message} A suppression (${expired.source}, "${expired.reason}") expired on ${expired.expires}, so it no longer applies.`,
      })
    } else {
      kept.push(finding)
    }
  }
  return { findings: kept, suppressed }
}

function note(s: Suppression, expired: boolean): Finding['suppression'] {
  // A template suppression names its resource; a config one may not, and lives outside the template.
  const inSource = s.files === s.source.slice(0, s.source.lastIndexOf(':')) && s.resource !== null
  return { reason: s.reason, expires: s.expires, expired, source: s.source, kind: inSource ? 'inSource' : 'external' }
}

/** Today as YYYY-MM-DD in UTC: expiry dates are whole days. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
