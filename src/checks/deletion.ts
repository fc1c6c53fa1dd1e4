import type { Finding } from '../findings.js'
import type { Verdict } from '../iam/judge.js'
import { inFileSyntax, levelFor, variantNotes, type CheckContext, type FixText } from './context.js'
import {
  fieldPosition,
  keyPlace,
  isUnresolved,
  keyLabel,
  resolveKeyFields,
  displayValue,
  worst,
  type FieldPlace,
} from './key-fields.js'
import { newFinding, type Check, type Rule } from './rule.js'

type DeletionField = 'DeletionPolicy' | 'UpdateReplacePolicy' | 'PendingWindowInDays'

/** Losing the key with the stack or on replacement is a warning; a short waiting period, a note. */
export const DELETION_RULE: Rule<DeletionField> = {
  id: 'KMS.3',
  name: 'KeyDeletionUnprotected',
  summary:
    'A KMS key is deleted with its stack or on replacement (no Retain policy), or has a deletion waiting period under 30 days.',
  mapsTo: 'Security Hub KMS.3 (static analog)',
  help: 'AWS KMS keys should not be deleted unintentionally. Deleting the stack, removing the key, or an update that replaces it (a new KeySpec, KeyUsage, Origin or MultiRegion) schedules the key for deletion, and data encrypted under it is lost after the waiting period. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain (warnings), and keep PendingWindowInDays at 30 (note).',
  severity: 4.0,
  levels: { DeletionPolicy: 'warning', UpdateReplacePolicy: 'warning', PendingWindowInDays: 'note' },
}

/**
 * KMS.3: the ways a template schedules its own key for deletion (docs/rules/KMS.3.md). A template cannot
 * show whether a key is scheduled for deletion, but deleting the stack, or replacing the key, does so
 * unless the key is retained; a key's data can be recovered only within its waiting period.
 */
export const deletionCheck: Check = { rules: [DELETION_RULE], run: checkDeletion }

function checkDeletion(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const key of context.model.keys) {
    if (key.type !== 'AWS::KMS::Key') continue
    for (const check of DELETION_CHECKS) {
      const level = levelFor(context.levels, DELETION_RULE, check.field)
      if (!level) continue
      const found = worst(resolveKeyFields(context, key, check.place, [check.field]), (fields) =>
        check.verdict(fields.values[check.field]),
      )
      if (!found) continue
      const { item: fields, verdict } = found
      const base = keyPlace(context, fieldPosition(context, key, check.place, check.field), key, fields)
      const value = fields.values[check.field]
      let message =
        verdict === 'fail'
          ? `${keyLabel(key)}: ${check.field} is ${value === undefined ? 'not set (the default is Delete)' : displayValue(value)}, so ${check.risk}.`
          : `${keyLabel(key)}: if ${check.field} turns out ${check.unsafe}, ${check.risk}.`
      for (const note of variantNotes(base.variant, verdict)) message += ` ${note}`
      // The key's place is passed beside the sentences, not spread into one object with them: every template of
      // a repository may have a key without deletion protection (two findings each).
      findings.push(
        newFinding(
          DELETION_RULE,
          level,
          {
            title: `${keyLabel(key)} ${verdict === 'fail' ? check.fails : check.mayFail}`,
            message,
            fix: inFileSyntax(context, key.logicalId, check.fix),
          },
          base,
        ),
      )
    }
  }
  return findings
}

interface DeletionCheck {
  field: DeletionField
  place: FieldPlace
  verdict: (value: unknown) => Verdict
  /** The values that fail, in words. */
  unsafe: string
  /** The title's end when the check fails, and when it may. */
  fails: string
  mayFail: string
  risk: string
  fix: FixText
}

const DELETION_CHECKS: readonly DeletionCheck[] = [
  {
    field: 'DeletionPolicy',
    place: 'attribute',
    verdict: oneOf('Retain', 'RetainExceptOnCreate'),
    unsafe: 'other than Retain or RetainExceptOnCreate',
    fails: 'is deleted with its stack',
    mayFail: 'may be deleted with its stack',
    risk: 'deleting the stack, or removing the key from the template, schedules the key for deletion, and whatever it encrypted becomes unreadable after the waiting period',
    fix: {
      yaml: 'DeletionPolicy: Retain',
      json: '"DeletionPolicy": "Retain"',
      cdk: 'removalPolicy: RemovalPolicy.RETAIN on the kms.Key (it sets DeletionPolicy and UpdateReplacePolicy)',
    },
  },
  {
    field: 'UpdateReplacePolicy',
    place: 'attribute',
    verdict: oneOf('Retain'),
    unsafe: 'other than Retain',
    fails: 'is deleted when it is replaced',
    mayFail: 'may be deleted when it is replaced',
    risk: 'an update that replaces the key (a new KeySpec, KeyUsage, Origin or MultiRegion) schedules the old key for deletion, and whatever it encrypted becomes unreadable after the waiting period',
    fix: {
      yaml: 'UpdateReplacePolicy: Retain',
      json: '"UpdateReplacePolicy": "Retain"',
      cdk: 'removalPolicy: RemovalPolicy.RETAIN on the kms.Key (it sets DeletionPolicy and UpdateReplacePolicy)',
    },
  },
  {
    field: 'PendingWindowInDays',
    place: 'property',
    verdict: pendingWindowVerdict,
    unsafe: 'below 30',
    fails: 'has a short deletion waiting period',
    mayFail: 'may have a short deletion waiting period',
    risk: 'a key scheduled for deletion can be recovered for fewer days than the default and longest waiting period, 30 days',
    fix: {
      yaml: 'PendingWindowInDays: 30',
      json: '"PendingWindowInDays": 30',
      cdk: 'pendingWindow: Duration.days(30) on the kms.Key',
    },
  },
]

function oneOf(...safe: string[]): (value: unknown) => Verdict {
  return (value) =>
    isUnresolved(value) ? 'unknown' : typeof value === 'string' && safe.includes(value) ? 'pass' : 'fail'
}

/** Absent means the default, 30 days; a number may be written as a string. */
function pendingWindowVerdict(value: unknown): Verdict {
  if (isUnresolved(value)) return 'unknown'
  return (typeof value === 'number' || typeof value === 'string') && Number(value) < 30 ? 'fail' : 'pass'
}
