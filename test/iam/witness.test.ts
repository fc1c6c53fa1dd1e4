/**
 * The witness key ARN a failing decrypt finding prints: AWS's documented example account and key id, so it
 * reads as an example; fresh values when the policy itself holds those; always one the policy allows.
 */
import { describe, expect, it } from '@jest/globals'
import { resourceIn } from '../../src/iam/evaluate.js'
import { judgeDecrypt } from '../../src/iam/judge.js'
import { normalizePolicy } from '../../src/iam/policy.js'

function witnessOf(statements: unknown[], partition = 'aws'): string {
  const { policy } = normalizePolicy({ Version: '2012-10-17', Statement: statements })
  const judgement = judgeDecrypt(policy, { partition })
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

  it('name a key of the partition the stack deploys to', () => {
    expect(witnessOf([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:*:kms:*' }], 'aws-cn')).toMatch(
      /^arn:aws-cn:kms:[a-z0-9-]+:111122223333:key\/1234abcd-12ab-34cd-56ef-1234567890ab$/,
    )
    expect(witnessOf([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }], 'aws-us-gov')).toMatch(
      /^arn:aws-us-gov:kms:/,
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

  // A witness is drawn from a generator seeded by the policy: the same policy gets the same witness in every
  // run and release, so a report (and a baseline made from it) does not change when nothing else did.
  const named = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  const namedMrk = 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab'
  it.each([
    [
      'every key: a Region drawn, the example account and key',
      [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }],
      'arn:aws:kms:eu-central-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    ],
    [
      'the example account named: an invented one',
      [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
        { Effect: 'Deny', Action: 'kms:Encrypt', Resource: named },
      ],
      'arn:aws:kms:ca-west-1:997910530806:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    ],
    [
      'both example keys named: an invented key id',
      [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
        { Effect: 'Deny', Action: 'kms:Encrypt', Resource: [named, namedMrk] },
      ],
      'arn:aws:kms:mx-central-1:675249373822:key/92aba1ba-abee-4972-9dd4-35977cf23a61',
    ],
    [
      'an account pattern with fixed digits between wildcards, two of them side by side',
      [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:1**2*3:key/*' },
        { Effect: 'Deny', Action: 'kms:Encrypt', Resource: named },
      ],
      'arn:aws:kms:eu-central-2:165563527953:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    ],
    [
      'only multi-Region keys, the example one named: an invented multi-Region key id',
      [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:*:key/mrk-*' },
        { Effect: 'Deny', Action: 'kms:Encrypt', Resource: namedMrk },
      ],
      'arn:aws:kms:us-east-2:569170765255:key/mrk-8d5bc3670d6b92dc66f6e74e4aa03574',
    ],
    [
      'Region and key patterns of several statements: the first probe they single out, in the order written',
      [
        {
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: ['arn:aws:kms:eu-west-1:*:key/*', 'arn:aws:kms:us-*:*:key/mrk-*'],
        },
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:111122223333:key/*' },
        { Effect: 'Deny', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:*:*:key/*' },
      ],
      'arn:aws:kms:eu-west-1:317544089134:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    ],
    [
      'a Region pattern: a Region it matches',
      [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-*-?:*:key/*' }],
      'arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    ],
  ])('are the same in every run: %s', (_, statements, expected) => {
    expect(witnessOf(statements)).toBe(expected)
  })
})
