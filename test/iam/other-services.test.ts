/**
 * The engine skips Allow statements whose every Resource names another service before matching probes
 * (src/iam/evaluate.ts): these cases pin that a pattern is skipped only when no key ARN of the partition
 * can match it, however its head is written, and that pattern checks remembered from one policy never
 * change what the next policy is told.
 */
import { describe, expect, it } from '@jest/globals'
import { evaluateDecrypt, type GrantScope } from '../../src/iam/evaluate.js'
import { normalizePolicy } from '../../src/iam/policy.js'

function scopeOf(resource: string | string[], partition = 'aws'): GrantScope {
  const policy = normalizePolicy({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: resource }],
  }).policy
  return evaluateDecrypt(policy, { partition }).scope
}

describe('Allow statements on other services', () => {
  it.each([
    ['arn:aws:s3:::bucket/*', 'scoped'],
    ['arn:aws:kms', 'scoped'],
    ['arn:aws-cn:kms:*', 'scoped'],
    ['arn:aws:k*', 'all-keys'],
    ['ARN:AWS:KMS:*', 'all-keys'],
    ['arn:a?s:kms:*:*:key/*', 'all-keys'],
    ['arn:aws:kms:*', 'all-keys'],
    ['*', 'all-keys'],
  ] as const)('kms:Decrypt on %s is %s in aws', (resource, scope) => {
    expect(scopeOf(resource)).toBe(scope)
  })

  it('the partition decides which heads can name a key', () => {
    expect(scopeOf('arn:aws:kms:*', 'aws-cn')).toBe('scoped')
    expect(scopeOf('arn:aws*:kms:*', 'aws-cn')).toBe('all-keys')
    expect(scopeOf('arn:aws-cn:kms:*', 'aws-cn')).toBe('all-keys')
  })

  it('a statement with one key pattern among other services is judged by it, and reported at it', () => {
    const policy = normalizePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:s3:::bucket/*' },
        { Effect: 'Allow', Action: 'kms:*', Resource: ['arn:aws:s3:::other/*', 'arn:aws:kms:*:*:key/*'] },
      ],
    }).policy
    const result = evaluateDecrypt(policy, { partition: 'aws' })
    expect(result.scope).toBe('all-keys')
    expect(result.grants.map((g) => [g.action, g.statement, g.resourceIndex])).toEqual([
      ['kms:Decrypt', 1, 1],
      ['kms:ReEncryptFrom', 1, 1],
    ])
  })

  it('Allows that name their keys, beside ones on other services, stay scoped; a NotResource on another service opens every key', () => {
    const named = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    expect(scopeOf([named, 'arn:aws:s3:::bucket/*'])).toBe('scoped')
    const policy = (extra: object) =>
      normalizePolicy({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: named }, extra],
      }).policy
    expect(
      evaluateDecrypt(policy({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::*' }), { partition: 'aws' })
        .scope,
    ).toBe('scoped')
    expect(
      evaluateDecrypt(policy({ Effect: 'Allow', Action: 'kms:*', NotResource: 'arn:aws:s3:::*' }), {
        partition: 'aws',
      }).scope,
    ).toBe('all-keys')
  })

  it('a Deny on another service subtracts nothing from an Allow on every key', () => {
    const policy = normalizePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
        { Effect: 'Deny', Action: 'kms:Decrypt', Resource: 'arn:aws:s3:::*' },
      ],
    }).policy
    expect(evaluateDecrypt(policy, { partition: 'aws' }).scope).toBe('all-keys')
  })
})

describe('pattern problems are remembered across policies, never their places', () => {
  it('two policies with the same malformed action, one after the other, are each told at their own statement', () => {
    const first = normalizePolicy({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms: Decrypt', Resource: 'arn:aws:kms:us-east-1::key/*' }],
    })
    const second = normalizePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 'kms: Decrypt', Resource: 'arn:aws:kms:us-east-1::key/*' },
      ],
    })
    const told = (issues: typeof first.issues) => issues.map((i) => [i.statement, i.element, i.level])
    expect(told(first.issues)).toEqual([
      [0, 'Action', 'error'],
      [0, 'Resource', 'warning'],
    ])
    expect(told(second.issues)).toEqual([
      [1, 'Action', 'error'],
      [1, 'Resource', 'warning'],
    ])
    expect(second.issues[0].message).toBe(first.issues[0].message)
    expect(second.issues[0].message).toContain('"kms: Decrypt" contains white space')
  })
})
