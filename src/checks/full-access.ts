import type { Finding } from '../findings.js'
import {
  inFileSyntax,
  keyResource,
  levelFor,
  statementFinding,
  subject,
  variantNotes,
  type CheckContext,
} from './context.js'
import type { DocumentVariant, JudgedDocument } from './policies.js'

/** KMS.FullAccess: an identity policy grants every KMS action on "*" (semantics.md (b).2). */
export function checkFullAccess(context: CheckContext, documents: JudgedDocument[]): Finding[] {
  const findings: Finding[] = []
  for (const judged of documents) {
    if (judged.holder.boundaryOnly) continue
    const variant =
      judged.variants.find((v) => v.fullAccess.verdict === 'fail') ??
      judged.variants.find((v) => v.fullAccess.verdict === 'unknown')
    if (!variant) continue
    const unresolved = variant.fullAccess.verdict === 'unknown'
    const scope = unresolved ? 'unresolved' : null
    const level = levelFor(context, 'KMS.FullAccess', scope, unresolved ? 'warning' : 'error')
    if (!level) continue
    const statements = variant.fullAccess.result.statements
    const base = statementFinding(context, judged, variant, statements[0] ?? null, ['Resource'])
    const where = statements.map((i) => `Statement[${i}]`).join(' and ')
    findings.push({
      ...base,
      ruleId: 'KMS.FullAccess',
      level,
      scope,
      grants: ['kms:*'],
      witness: null,
      title: `KMS.FullAccess ${subject(judged)} ${unresolved ? 'may have' : 'has'} full KMS access`,
      message: [
        `${subject(judged)} ${unresolved ? 'may have' : 'has'} full KMS access: ${judged.name ? `policy ${judged.name}, ` : ''}${where} ${statements.length > 1 ? 'allow' : 'allows'} every KMS action on "*", including key deletion and key policy changes.`,
        unresolved ? `It depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}.` : '',
        ...variantNotes(base, 'fail'),
        conditionNote(variant, statements),
      ]
        .filter(Boolean)
        .join(' '),
      fix: fullAccessFix(context, judged.holder.resource),
    })
  }
  return findings
}

function fullAccessFix(context: CheckContext, logicalId: string): string {
  const keys = keyResource(context)
  const grant =
    'Grant only the KMS actions the principal needs (for example kms:Decrypt, kms:GenerateDataKey) on the keys it uses'
  return inFileSyntax(context, logicalId, {
    yaml: `${grant}: ${keys.yaml}`,
    json: `${grant}: ${keys.json}`,
    cdk: 'grant only what the principal needs on the keys it uses, e.g. key.grantDecrypt(<grantee>) or key.grantEncryptDecrypt(<grantee>), instead of kms:* on "*"',
  })
}

function conditionNote(variant: DocumentVariant, statements: number[]): string {
  const conditional = variant.normalized.policy.statements.filter(
    (s) => statements.includes(s.index) && s.conditionKeys.length > 0,
  )
  return conditional.length > 0 ? 'Conditions on these statements are not taken into account.' : ''
}
