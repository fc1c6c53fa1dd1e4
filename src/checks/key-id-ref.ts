import { holdsKeyId, keyIdOf } from '../cfn/markers.js'
import type { Finding } from '../findings.js'
import { inFileSyntax, levelFor, statementPlace, subject, variantNotes, type CheckContext } from './context.js'
import { displayInPolicy, type JudgedDocument } from './policies.js'
import { newFinding, type Check, type Rule } from './rule.js'

export const KEY_ID_RULE: Rule<'fail'> = {
  id: 'KMS.KeyIdRef',
  name: 'KeyIdAsResource',
  summary:
    'An IAM policy names a KMS key by its key id (Ref of the key) where IAM expects its ARN, so the element matches no key.',
  mapsTo: null,
  help: 'Ref of an AWS::KMS::Key or AWS::KMS::ReplicaKey returns the key id, and IAM matches Resource against ARNs: the statement grants (or excludes) nothing on that key. Use Fn::GetAtt Key.Arn.',
  severity: 2.0,
  levels: { fail: 'note' },
}

/**
 * KMS.KeyIdRef: an identity policy names one of the template's keys by its key id (`Ref Key`, `${Key}`,
 * `GetAtt Key.KeyId`) where IAM expects an ARN. IAM matches Resource against key ARNs, so the element
 * matches no key (docs/rules/KMS.KeyIdRef.md); the author surely meant `Fn::GetAtt Key.Arn`. The id inside an ARN
 * (`arn:...:key/${Key}`) is right and passes. The documents come resolved, so every intrinsic and
 * every `Fn::If` branch is seen.
 */
export const keyIdCheck: Check = { rules: [KEY_ID_RULE], run: checkKeyIdRefs }

function checkKeyIdRefs(context: CheckContext, documents: readonly JudgedDocument[]): Finding[] {
  const level = levelFor(context.levels, KEY_ID_RULE, 'fail')
  if (!level || context.model.keys.length === 0) return []
  const findings: Finding[] = []
  const reported = new Set<string>()
  const keyIds = context.model.keys.map((key) => ({ key, id: keyIdOf(key.logicalId) }))
  for (let d = 0; d < documents.length; d++) {
    const judged = documents[d]
    for (let v = 0; v < judged.variants.length; v++) {
      const variant = judged.variants[v]
      const statements = variant.normalized.policy.statements
      for (let s = 0; s < statements.length; s++) {
        const statement = statements[s]
        const element = statement.resource ? 'Resource' : 'NotResource'
        const patterns = statement.resource ?? statement.notResource ?? []
        for (let index = 0; index < patterns.length; index++) {
          const pattern = patterns[index]
          // Most patterns hold no key id, or hold it inside an ARN, where it belongs: every statement is read.
          if (!holdsKeyId(pattern) || /^arn:/i.test(pattern)) continue
          const key = keyIds.find(({ id }) => pattern.includes(id))?.key
          if (!key) continue
          const statementPath = variant.statementPath(statement.index)
          const place = JSON.stringify([statementPath, statement.index, element, index])
          if (reported.has(place)) continue
          reported.add(place)
          const base = statementPlace(context, judged, variant, statement.index, [element, index])
          findings.push(
            newFinding(
              KEY_ID_RULE,
              level,
              {
                title: `${subject(judged)} names key ${key.logicalId} by its id, not its ARN`,
                message: [
                  `${subject(judged)}: ${judged.name ? `policy ${judged.name}, ` : ''}Statement[${statement.index}] ${element} "${displayInPolicy(variant, pattern)}" is the key id of ${key.logicalId} (Ref of a KMS key returns its id).`,
                  `IAM matches ${element} against ARNs, so this element matches no key; Fn::GetAtt ${key.logicalId}.Arn gives the key's ARN.`,
                  ...variantNotes(base.variant, 'fail'),
                ].join(' '),
                fix: inFileSyntax(context, judged.holder.resource, {
                  yaml: `${element}: !GetAtt ${key.logicalId}.Arn`,
                  json: `"${element}": {"Fn::GetAtt": ["${key.logicalId}", "Arn"]}`,
                  cdk: "use key.keyArn, not key.keyId, in the statement's resources",
                }),
              },
              base,
            ),
          )
        }
      }
    }
  }
  return findings
}
