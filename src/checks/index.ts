import type { Finding } from '../findings.js'
import type { CheckContext } from './context.js'
import { checkDecrypt } from './decrypt.js'
import { checkFullAccess } from './full-access.js'
import { judgeDocuments } from './policies.js'
import { checkSyntax } from './syntax.js'

/** Every rule over one template. Identity policies are resolved and judged once, then read by each rule. */
export function runChecks(context: CheckContext): { findings: Finding[]; policies: number } {
  const documents = judgeDocuments(context.model, context.resolver)
  const findings = [
    ...checkDecrypt(context, documents),
    ...checkFullAccess(context, documents),
    ...checkSyntax(context, documents),
  ]
  return { findings, policies: documents.length }
}
