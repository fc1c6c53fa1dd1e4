import type { Finding } from '../findings.js'
import type { Verdict } from '../iam/judge.js'
import { inFileSyntax, levelFor, variantNotes, type CheckContext } from './context.js'
import {
  fieldPosition,
  keyPlace,
  isUnresolved,
  keyLabel,
  resolveKeyFields,
  displayValue,
  worst,
  type KeyFields,
} from './key-fields.js'
import { newFinding, type Check, type Rule } from './rule.js'

export const ROTATION_RULE: Rule<'fail' | 'unknown'> = {
  id: 'KMS.4',
  name: 'KeyRotationDisabled',
  summary: 'A symmetric KMS key with AWS-generated key material does not have automatic rotation enabled.',
  mapsTo: 'Security Hub KMS.4',
  help: 'AWS KMS key rotation should be enabled. Set EnableKeyRotation: true. Asymmetric, HMAC, imported (Origin: EXTERNAL) and custom key store keys cannot rotate automatically, and a replica key rotates with its primary, so they are not judged.',
  severity: 4.0,
  levels: { fail: 'warning', unknown: 'warning' },
}

/**
 * KMS.4: a symmetric key whose material AWS KMS generated must have automatic rotation on (docs/rules/KMS.4.md). KMS cannot rotate asymmetric, HMAC, imported or custom-key-store keys, and a replica key
 * rotates with its primary, so those are not judged. A disabled key is judged: the setting outlives it.
 */
export const rotationCheck: Check = { rules: [ROTATION_RULE], run: checkRotation }

function checkRotation(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const key of context.model.keys) {
    if (key.type !== 'AWS::KMS::Key') continue
    const found = worst(resolveKeyFields(context, key, 'property', ROTATION_FIELDS), rotationVerdict)
    if (!found) continue
    const { item: fields, verdict } = found
    const level = levelFor(context.levels, ROTATION_RULE, verdict)
    if (!level) continue
    const base = keyPlace(context, fieldPosition(context, key, 'property', 'EnableKeyRotation'), key, fields)
    const label = keyLabel(key)
    const rotation = fields.values['EnableKeyRotation']
    findings.push(
      newFinding(ROTATION_RULE, level, {
        ...base,
        title: `${label} ${verdict === 'fail' ? 'does not rotate' : 'may not rotate'}`,
        message: [
          verdict === 'fail'
            ? `${label} is a symmetric key with key material from AWS KMS, which KMS can rotate automatically, but ${rotation === undefined ? 'EnableKeyRotation is not set (rotation is off by default)' : `EnableKeyRotation is ${displayValue(rotation)}`}.`
            : `Whether ${label} rotates its key material is not known.`,
          ...variantNotes(base.variant, verdict),
          toBoolean(fields.values['Enabled'] ?? true) === false
            ? 'The key is disabled (Enabled: false), but the setting holds once it is enabled again.'
            : '',
        ]
          .filter(Boolean)
          .join(' '),
        fix: inFileSyntax(context, key.logicalId, {
          yaml: 'EnableKeyRotation: true',
          json: '"EnableKeyRotation": true',
          cdk: 'enableKeyRotation: true on the kms.Key',
        }),
      }),
    )
  }
  return findings
}

const ROTATION_FIELDS = ['KeySpec', 'Origin', 'EnableKeyRotation', 'Enabled']

function rotationVerdict({ values }: KeyFields): Verdict {
  const rotation = toBoolean(values['EnableKeyRotation'] ?? false)
  if (rotation === true) return 'pass'
  const applicable = rotatable(values)
  if (applicable === false) return 'pass'
  return applicable === null || rotation === null ? 'unknown' : 'fail'
}

/** Only symmetric keys with material AWS KMS generates can rotate automatically; null while that is unresolved. */
function rotatable(values: Record<string, unknown>): boolean | null {
  const spec = values['KeySpec'] ?? 'SYMMETRIC_DEFAULT'
  const origin = values['Origin'] ?? 'AWS_KMS'
  if ((!isUnresolved(spec) && spec !== 'SYMMETRIC_DEFAULT') || (!isUnresolved(origin) && origin !== 'AWS_KMS'))
    return false
  return isUnresolved(spec) || isUnresolved(origin) ? null : true
}

/** CloudFormation takes booleans also as strings ("true"); null while unresolved. */
function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (isUnresolved(value)) return null
  return typeof value === 'string' && value.trim().toLowerCase() === 'true'
}
