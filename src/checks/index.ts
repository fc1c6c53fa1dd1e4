import type { Finding } from '../findings.js'
import type { CheckContext } from './context.js'
import { checkDecrypt } from './decrypt.js'
import { checkDeletion } from './deletion.js'
import { checkEffective } from './effective.js'
import { checkFullAccess } from './full-access.js'
import { checkKeyIdRefs } from './key-id-ref.js'
import { checkKeyPolicies } from './key-policy.js'
import { judgeDocuments } from './policies.js'
import { checkRotation } from './rotation.js'
import { checkSyntax } from './syntax.js'
import { checkTemplateSyntax } from './template-syntax.js'

/** Every rule over one template. Identity policies are resolved and judged once, then read by each rule; key rules read the keys. */
export function runChecks(context: CheckContext): { findings: Finding[]; policies: number } {
  const documents = judgeDocuments(context.model, context.resolver)
  const findings = [
    ...checkDecrypt(context, documents),
    ...checkFullAccess(context, documents),
    ...checkEffective(context),
    ...checkSyntax(context, documents),
    ...checkKeyIdRefs(context, documents),
    ...checkRotation(context),
    ...checkDeletion(context),
    ...checkKeyPolicies(context),
    ...checkTemplateSyntax(context),
  ]
  return { findings, policies: documents.length }
}
