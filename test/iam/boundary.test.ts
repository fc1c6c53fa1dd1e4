/** A permissions boundary caps what the identity policies allow: decryption passes only where both allow it. */
import { describe, expect, it } from '@jest/globals'
import { judgeDecrypt } from '../../src/iam/judge.js'
import { normalizePolicy, UNKNOWN, type Policy } from '../../src/iam/policy.js'

const policy = (...statements: object[]): Policy =>
  normalizePolicy({ Version: '2012-10-17', Statement: statements }).policy
const ADMIN = policy({ Effect: 'Allow', Action: '*', Resource: '*' })
const tierUnder = (boundary: Policy): string => {
  const judged = judgeDecrypt(ADMIN, { partition: 'aws', boundary })
  return `${judged.verdict} ${judged.scope}`
}

describe('a permissions boundary', () => {
  it('leaves all keys open when it allows everything', () => {
    expect(tierUnder(policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }))).toBe('fail all-keys')
  })

  it('caps all keys to the keys it names', () => {
    expect(
      tierUnder(
        policy({
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        }),
      ),
    ).toBe('pass scoped')
    expect(
      tierUnder(policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:111122223333:key/*' })),
    ).toBe('pass account-wide')
    expect(
      tierUnder(policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:*:key/*' })),
    ).toBe('fail any-account')
  })

  it('allows no KMS action it does not name, and its Deny denies', () => {
    expect(tierUnder(policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }))).toBe('pass scoped')
    expect(
      tierUnder(
        policy(
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'Deny', Action: ['kms:Decrypt', 'kms:ReEncryptFrom'], Resource: '*' },
        ),
      ),
    ).toBe('pass scoped')
  })

  it('keeps the witness inside what it allows', () => {
    const judged = judgeDecrypt(ADMIN, {
      partition: 'aws',
      boundary: policy({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:eu-west-1:*:key/*' }),
    })
    expect(judged.result.grants[0].witness).toMatch(/^arn:aws:kms:eu-west-1:\d{12}:key\//)
  })

  it('whose resource is unknown offline makes the verdict unknown, not a pass', () => {
    expect(tierUnder(policy({ Effect: 'Allow', Action: 'kms:*', Resource: UNKNOWN }))).toBe('unknown all-keys')
  })
})
