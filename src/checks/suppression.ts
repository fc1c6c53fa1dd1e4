import { resourceTypeOf } from '../cfn/extract.js'
import type { Diagnostic, Finding } from '../findings.js'
import { levelFor, type LevelOverrides } from './context.js'
import { newFinding, type Rule } from './rule.js'

export const SUPPRESSION_RULE: Rule<'fail'> = {
  id: 'Suppression',
  name: 'InvalidSuppression',
  summary: 'A suppression is malformed: it has no reason, names an unknown rule, or its expiry is not a date.',
  mapsTo: null,
  help: 'A suppression must name a rule and give a non-empty reason (and optionally expires: YYYY-MM-DD); until it does it suppresses nothing.',
  severity: null,
  levels: { fail: 'error' },
}

/** A suppression in a template that suppresses nothing as written, and the resource whose Metadata holds it. */
export type SuppressionProblem = Omit<Diagnostic, 'file'> & { resource?: string }

/**
 * Suppression: the template's own suppressions that cannot suppress anything. They are read with the
 * template's suppressions, before the other rules' findings are matched against them.
 */
export function suppressionFindings(
  file: string,
  template: Record<string, unknown>,
  problems: readonly SuppressionProblem[],
  levels: LevelOverrides,
): Finding[] {
  const level = levelFor(levels, SUPPRESSION_RULE, 'fail')
  if (!level) return []
  return problems.map((problem) =>
    newFinding(SUPPRESSION_RULE, level, {
      file,
      at: { line: problem.line, column: problem.column, endLine: problem.line, endColumn: problem.column },
      resource: problem.resource ?? '',
      resourceType: resourceTypeOf(template, problem.resource),
      title: 'suppresses nothing',
      message: `This suppression suppresses nothing: ${problem.message}.`,
      fix: 'Give the suppression a rule and a non-empty reason (expires: YYYY-MM-DD is optional).',
      basis: problem.message,
    }),
  )
}
