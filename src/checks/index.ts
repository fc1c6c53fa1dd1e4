import type { Finding } from '../findings.js'
import type { CheckContext } from './context.js'
import { decryptCheck, INLINE_POLICY_RULE, MANAGED_POLICY_RULE } from './decrypt.js'
import { DELETION_RULE, deletionCheck } from './deletion.js'
import { EFFECTIVE_RULE, effectiveCheck } from './effective.js'
import { FULL_ACCESS_RULE, fullAccessCheck } from './full-access.js'
import { KEY_ID_RULE, keyIdCheck } from './key-id-ref.js'
import { KEY_POLICY_RULE, keyPolicyCheck } from './key-policy.js'
import { judgeDocuments } from './policies.js'
import { ROTATION_RULE, rotationCheck } from './rotation.js'
import type { Check, Rule } from './rule.js'
import { SUPPRESSION_RULE } from './suppression.js'
import { SYNTAX_RULE, syntaxCheck } from './syntax.js'
import { TEMPLATE_SYNTAX_RULE, templateSyntaxCheck } from './template-syntax.js'

/**
 * Every rule, in the order reports and SARIF list them. A new rule module adds its rules here and its check
 * to CHECKS; the config file, suppressions and every report know it from then on.
 */
export const RULES: readonly Rule[] = [
  MANAGED_POLICY_RULE,
  INLINE_POLICY_RULE,
  FULL_ACCESS_RULE,
  EFFECTIVE_RULE,
  DELETION_RULE,
  ROTATION_RULE,
  KEY_POLICY_RULE,
  KEY_ID_RULE,
  SUPPRESSION_RULE,
  SYNTAX_RULE,
  TEMPLATE_SYNTAX_RULE,
]

/**
 * The checks in the order they run: identity policy checks first, then key checks. Findings are sorted by
 * place afterwards; the order still decides the order in which the resolver reports template problems.
 */
const CHECKS: readonly Check[] = [
  decryptCheck,
  fullAccessCheck,
  effectiveCheck,
  syntaxCheck,
  keyIdCheck,
  rotationCheck,
  deletionCheck,
  keyPolicyCheck,
  templateSyntaxCheck,
]

/** The rule with this id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id)
}

/** Every check over one template. Identity policies are resolved and judged once, then read by each check. */
export function runChecks(context: CheckContext): { findings: Finding[]; policies: number } {
  const documents = judgeDocuments(context.model, context.resolver)
  return { findings: CHECKS.flatMap((check) => check.run(context, documents)), policies: documents.length }
}
