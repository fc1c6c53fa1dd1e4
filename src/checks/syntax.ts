import type { Finding } from '../findings.js'
import { levelFor, statementFinding, subject, type CheckContext } from './context.js'
import type { JudgedDocument } from './policies.js'

/** IAM.Syntax: policy elements that IAM rejects or reads differently from how they look. */
export function checkSyntax(context: CheckContext, documents: JudgedDocument[]): Finding[] {
  const findings: Finding[] = []
  for (const judged of documents) {
    const seen = new Set<string>()
    for (const variant of judged.variants) {
      const problems = variant.normalized.issues.map((i) => ({ ...i }))
      if (variant.textError)
        problems.push({ statement: null, element: null, level: 'error', message: variant.textError })
      for (const issue of problems) {
        const key = `${issue.statement}|${issue.message}`
        if (seen.has(key)) continue
        seen.add(key)
        const level = levelFor(context, 'IAM.Syntax', null, issue.level)
        if (!level) continue
        const base = statementFinding(context, judged, variant, issue.statement, null)
        const where =
          issue.statement === null
            ? 'the policy document'
            : `Statement[${issue.statement}]${issue.element ? ` ${issue.element}` : ''}`
        findings.push({
          ...base,
          ruleId: 'IAM.Syntax',
          level,
          scope: null,
          grants: [],
          witness: null,
          title: `IAM.Syntax ${subject(judged)}: ${where} is malformed`,
          message: `${subject(judged)}${judged.name ? `, policy ${judged.name}` : ''}: ${where}: ${issue.message}.`,
          fix: 'Write the element as the IAM policy grammar requires.',
        })
      }
    }
  }
  return findings
}
