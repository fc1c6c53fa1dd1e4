import type { Finding, Level } from '../findings.js'
import type { Verdict } from '../iam/judge.js'
import { inFileSyntax, levelFor, variantNotes, type CheckContext, type FixText } from './context.js'
import {
  fieldPosition,
  findingAt,
  isUnresolved,
  keyLabel,
  resolveKeyFields,
  shownValue,
  worst,
  type FieldPlace,
} from './key-fields.js'

/**
 * KMS.3: the ways a template schedules its own key for deletion (semantics.md (c).2). A template cannot
 * show whether a key is scheduled for deletion, but deleting the stack, or replacing the key, does so
 * unless the key is retained; a key's data can be recovered only within its waiting period.
 */
export function checkDeletion(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const key of context.model.keys) {
    if (key.type !== 'AWS::KMS::Key') continue
    for (const check of DELETION_CHECKS) {
      const level = levelFor(context, 'KMS.3', null, check.level)
      if (!level) continue
      const found = worst(resolveKeyFields(context, key, check.place, [check.field]), (fields) =>
        check.verdict(fields.values[check.field]),
      )
      if (!found) continue
      const { item: fields, verdict } = found
      const base = findingAt(context, fieldPosition(context, key, check.place, check.field), key, fields)
      const value = fields.values[check.field]
      findings.push({
        ...base,
        ruleId: 'KMS.3',
        level,
        title: `KMS.3 ${keyLabel(key)} ${verdict === 'fail' ? check.fails : check.mayFail}`,
        message: [
          verdict === 'fail'
            ? `${keyLabel(key)}: ${check.field} is ${value === undefined ? 'not set (the default is Delete)' : shownValue(value)}, so ${check.risk}.`
            : `${keyLabel(key)}: if ${check.field} turns out ${check.unsafe}, ${check.risk}.`,
          ...variantNotes(base, verdict),
        ].join(' '),
        fix: inFileSyntax(context, key.logicalId, check.fix),
      })
    }
  }
  return findings
}

interface DeletionCheck {
  field: string
  place: FieldPlace
  level: Level
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
    level: 'warning',
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
    level: 'warning',
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
    level: 'note',
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
