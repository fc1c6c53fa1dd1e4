import type { Finding } from '../findings.js'
import { levelFor, statementPlace, subject, type CheckContext } from './context.js'
import type { JudgedDocument } from './policies.js'
import { newFinding, type Check, type Rule } from './rule.js'

/** An element IAM rejects is an error; one it accepts but reads differently from how it looks, a warning. */
export const SYNTAX_RULE: Rule<'rejected' | 'misread'> = {
  id: 'IAM.Syntax',
  name: 'InvalidPolicyElement',
  summary: 'An IAM policy element is malformed, so IAM rejects or ignores it.',
  mapsTo: null,
  help: 'IAM rejects policies with a misspelt Effect, an action with white space, a statement without Action or Resource, or elements of the wrong type. Fix the element; until then the statement is judged as described in the message.',
  severity: null,
  levels: { rejected: 'error', misread: 'warning' },
}

/** IAM.Syntax: policy elements that IAM rejects or reads differently from how they look. */
export const syntaxCheck: Check = { rules: [SYNTAX_RULE], run: checkSyntax }

function checkSyntax(context: CheckContext, documents: readonly JudgedDocument[]): Finding[] {
  const findings: Finding[] = []
  for (let d = 0; d < documents.length; d++) {
    const judged = documents[d]
    const seen = new Set<string>()
    for (let v = 0; v < judged.variants.length; v++) {
      const variant = judged.variants[v]
      const issues = variant.normalized.issues
      const problems = variant.textError
        ? [...issues, { statement: null, element: null, level: 'error' as const, message: variant.textError }]
        : issues
      for (let i = 0; i < problems.length; i++) {
        const issue = problems[i]
        const key = `${issue.statement}|${issue.message}`
        if (seen.has(key)) continue
        seen.add(key)
        const level = levelFor(context.levels, SYNTAX_RULE, issue.level === 'error' ? 'rejected' : 'misread')
        if (!level) continue
        const base = statementPlace(context, judged, variant, issue.statement, null)
        const where =
          issue.statement === null
            ? 'the policy document'
            : `Statement[${issue.statement}]${issue.element ? ` ${issue.element}` : ''}`
        findings.push(
          newFinding(
            SYNTAX_RULE,
            level,
            {
              title: `${subject(judged)}: ${where} is malformed`,
              message: `${subject(judged)}${judged.name ? `, policy ${judged.name}` : ''}: ${where}: ${issue.message}.`,
              fix: 'Write the element as the IAM policy grammar requires.',
            },
            base,
          ),
        )
      }
    }
  }
  return findings
}
