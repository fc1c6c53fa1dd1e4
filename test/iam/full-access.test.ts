/**
 * Full KMS access (docs/rules/KMS.FullAccess.md) as the engine reports it: which Allow statements on "*" the
 * finding names, and which Denies take the access away; and each blocked action judged on its own statements.
 */
import { describe, expect, it } from '@jest/globals'
import { evaluateDecrypt, evaluateFullAccess, type EvaluationOptions } from '../../src/iam/evaluate.js'
import { normalizePolicy, type Policy } from '../../src/iam/policy.js'

const policy = (...statements: object[]): Policy =>
  normalizePolicy({ Version: '2012-10-17', Statement: statements }).policy
const OPTIONS: EvaluationOptions = { partition: 'aws' }
const allow = (action: string | string[], resource = '*'): object => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
})

describe('full KMS access', () => {
  it('names the first statement on "*" that grants each KMS action, each statement once, in order', () => {
    const p = policy(
      allow('kms:Decrypt'),
      allow('s3:*'),
      allow(['kms:*', 'kms:Decrypt']),
      allow('kms:*'),
      allow('kms:Encrypt', 'arn:aws:kms:*:*:key/*'),
    )
    expect(evaluateFullAccess(p, OPTIONS)).toEqual({ full: true, statements: [0, 2] })
    expect(evaluateFullAccess(policy(allow('kms:*'), allow('kms:Decrypt')), OPTIONS)).toEqual({
      full: true,
      statements: [0],
    })
  })

  it('counts what a NotAction leaves granted, and is not full while one KMS action is missing', () => {
    const allButDecrypt = { Effect: 'Allow', NotAction: 'kms:Decrypt', Resource: '*' }
    expect(evaluateFullAccess(policy(allButDecrypt), OPTIONS).full).toBe(false)
    expect(evaluateFullAccess(policy(allButDecrypt, allow('kms:Decrypt')), OPTIONS)).toEqual({
      full: true,
      statements: [0, 1],
    })
    expect(evaluateFullAccess(policy(allow('kms:Decrypt', 'arn:aws:kms:*:*:key/*'), allow('kms:*')), OPTIONS)).toEqual({
      full: true,
      statements: [1],
    })
  })

  it('is taken away by an unconditional Deny on every resource, in the policy or in its boundary', () => {
    const deny = { Effect: 'Deny', Action: 'kms:ScheduleKeyDeletion', Resource: '*' }
    expect(evaluateFullAccess(policy(allow('kms:*'), deny), OPTIONS).full).toBe(false)
    expect(evaluateFullAccess(policy(allow('kms:*')), { ...OPTIONS, boundary: policy(allow('*'), deny) }).full).toBe(
      false,
    )
    const conditional = { ...deny, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }
    expect(evaluateFullAccess(policy(allow('kms:*'), conditional), OPTIONS).full).toBe(true)
    expect(
      evaluateFullAccess(policy(allow('kms:*'), { ...deny, Resource: 'arn:aws:kms:*:*:key/*' }), OPTIONS).full,
    ).toBe(true)
  })
})

describe('each blocked action', () => {
  it('is judged on the statements that grant it, one after the other', () => {
    const p = policy(allow('kms:Decrypt', 'arn:aws:kms:*:111122223333:key/*'), allow('kms:ReEncryptFrom'), {
      Effect: 'Deny',
      Action: 'kms:Decrypt',
      Resource: 'arn:aws:kms:*:111122223333:key/mrk-*',
    })
    const { scope, grants } = evaluateDecrypt(p, OPTIONS)
    expect(scope).toBe('all-keys')
    expect(grants.map((g) => [g.action, g.scope, g.statement])).toEqual([
      ['kms:Decrypt', 'account-wide', 0],
      ['kms:ReEncryptFrom', 'all-keys', 1],
    ])
  })
})
