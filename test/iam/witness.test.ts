/**
 * The witness key ARN a failing decrypt finding prints: AWS's documented example account and key id, so it
 * reads as an example; fresh values when the policy itself holds those; always one the policy allows.
 */
import { describe, expect, it } from '@jest/globals'
import { resourceIn } from '../../src/iam/evaluate.js'
import { judgeDecrypt } from '../../src/iam/judge.js'
import { normalizePolicy } from '../../src/iam/policy.js'

function witnessOf(statements: unknown[]): string {
  const { policy } = normalizePolicy({ Version: '2012-10-17', Statement: statements })
  const judgement = judgeDecrypt(policy, { partition: 'aws' })
  expect(judgement.verdict).toBe('fail')
  const witness = judgement.result.grants[0].witness!
  expect(policy.statements.some((s) => s.effect === 'Allow' && resourceIn(s, witness))).toBe(true)
  return witness
}

describe('witness key ARNs', () => {
  it('use the example account 111122223333 and key id 1234abcd-... when the policy does not hold them', () => {
    expect(witnessOf([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }])).toMatch(
      /^arn:aws:kms:[a-z0-9-]+:111122223333:key\/1234abcd-12ab-34cd-56ef-1234567890ab$/,
    )
  })

  it('take a multi-Region example key id where the policy opens only multi-Region keys', () => {
    expect(witnessOf([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:*:key/mrk-*' }])).toMatch(
      /:111122223333:key\/mrk-1234abcd12ab34cd56ef1234567890ab$/,
    )
  })

  it('keep to fresh values when the policy names the example account and key, so the witness is not one it names', () => {
    const named = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const witness = witnessOf([
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
      { Effect: 'Deny', Action: 'kms:Encrypt', Resource: named },
    ])
    const [, , , , account, key] = witness.split(':')
    expect(account).toMatch(/^\d{12}$/)
    expect(account).not.toBe('111122223333')
    expect(key).not.toBe('key/1234abcd-12ab-34cd-56ef-1234567890ab')
  })

  it('stays out of a Deny that covers the example account', () => {
    const witness = witnessOf([
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
      { Effect: 'Deny', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:1111*:key/*' },
    ])
    expect(witness.split(':')[4]).not.toMatch(/^1111/)
  })
})
