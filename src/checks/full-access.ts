import type { Finding } from '../findings.js'
import {
  ASSIGNED_KEY_ARN,
  inFileSyntax,
  isPermissionSet,
  keyResource,
  levelFor,
  statementPlace,
  subject,
  variantNotes,
  type CheckContext,
} from './context.js'
import type { DocumentVariant, JudgedDocument } from './policies.js'
import { newFinding, type Check, type Rule } from './rule.js'
import { mapPacked } from '../util/list.js'

export const FULL_ACCESS_RULE: Rule<'fail' | 'unresolved'> = {
  id: 'KMS.FullAccess',
  name: 'FullKmsAccess',
  summary: 'An IAM policy grants every KMS action on "*".',
  mapsTo: null,
  help: 'Full KMS access lets a principal decrypt with, re-key, disable and schedule the deletion of any key. Grant only the KMS actions the principal needs, on the keys it uses.',
  severity: 8.5,
  scopes: {
    unresolved: {
      name: 'FullKmsAccessUnresolved',
      severity: 5.0,
      summary: 'Whether an IAM policy grants every KMS action on "*" depends on a value known only at deployment.',
    },
  },
  levels: { fail: 'error', unresolved: 'warning' },
}

/** KMS.FullAccess: an identity policy grants every KMS action on "*" (docs/rules/KMS.FullAccess.md). */
export const fullAccessCheck: Check = { rules: [FULL_ACCESS_RULE], run: checkFullAccess }

function checkFullAccess(context: CheckContext, documents: readonly JudgedDocument[]): Finding[] {
  const findings: Finding[] = []
  for (let d = 0; d < documents.length; d++) {
    const judged = documents[d]
    if (judged.holder.boundaryOnly) continue
    const variant =
      judged.variants.find((v) => v.fullAccess.verdict === 'fail') ??
      judged.variants.find((v) => v.fullAccess.verdict === 'unknown')
    if (!variant) continue
    const finding = fullAccessFinding(context, judged, variant)
    if (finding) findings.push(finding)
  }
  return findings
}

/**
 * The finding of a document with full access: out of the loop over every document, which most documents
 * leave early and which TurboFan compiled with all of this inlined.
 */
function fullAccessFinding(context: CheckContext, judged: JudgedDocument, variant: DocumentVariant): Finding | null {
  const unresolved = variant.fullAccess.verdict === 'unknown'
  const scope = unresolved ? 'unresolved' : null
  const level = levelFor(context.levels, FULL_ACCESS_RULE, unresolved ? 'unresolved' : 'fail', scope)
  if (!level) return null
  const statements = variant.fullAccess.result.statements
  const base = statementPlace(context, judged, variant, statements[0] ?? null, ['Resource'])
  const where = mapPacked(statements, (i) => `Statement[${i}]`).join(' and ')
  return newFinding(
    FULL_ACCESS_RULE,
    level,
    {
      scope,
      grants: ['kms:*'],
      title: `${subject(judged)} ${unresolved ? 'may have' : 'has'} full KMS access`,
      message: [
        `${subject(judged)} ${unresolved ? 'may have' : 'has'} full KMS access: ${judged.name ? `policy ${judged.name}, ` : ''}${where} ${statements.length > 1 ? 'allow' : 'allows'} every KMS action on "*", including key deletion and key policy changes.`,
        unresolved ? `It depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}.` : '',
        ...variantNotes(base.variant, 'fail'),
        conditionNote(variant, statements),
      ]
        .filter(Boolean)
        .join(' '),
      fix: fullAccessFix(context, judged.holder.resource),
    },
    base,
  )
}

function fullAccessFix(context: CheckContext, logicalId: string): string {
  const keys = keyResource(context, logicalId)
  const grant =
    'Grant only the KMS actions the principal needs (for example kms:Decrypt, kms:GenerateDataKey) on the keys it uses'
  return inFileSyntax(context, logicalId, {
    yaml: `${grant}: ${keys.yaml}`,
    json: `${grant}: ${keys.json}`,
    cdk: isPermissionSet(context, logicalId)
      ? `grant only the KMS actions its users need, on the keys of the accounts it is assigned to (${ASSIGNED_KEY_ARN}), in the inline policy instead of kms:* on "*"`
      : 'grant only what the principal needs on the keys it uses, e.g. key.grantDecrypt(<grantee>) or key.grantEncryptDecrypt(<grantee>), instead of kms:* on "*"',
  })
}

function conditionNote(variant: DocumentVariant, statements: number[]): string {
  const conditional = variant.normalized.policy.statements.filter(
    (s) => statements.includes(s.index) && s.conditionKeys.length > 0,
  )
  return conditional.length > 0 ? 'Conditions on these statements are not taken into account.' : ''
}
