/** A statement is found by the index it was written at, even when normalising left a malformed one out. */
import { describe, expect, it } from '@jest/globals'
import { normalizePolicy, statementAt } from '../../src/iam/policy.js'

describe('statementAt', () => {
  const { policy } = normalizePolicy({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      { Sid: 'Broken', Effect: 'Permit', Action: 'kms:Decrypt', Resource: '*' },
      { Sid: 'Decrypt', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
    ],
  })

  it('gives the statement written at that index, not the one at that position of the kept list', () => {
    expect(policy.statements.map((s) => s.sid)).toEqual(['Read', 'Decrypt'])
    expect(statementAt(policy, 2)?.sid).toBe('Decrypt')
    expect(statementAt(policy, 0)?.sid).toBe('Read')
  })

  it('gives nothing for a statement normalising left out, or one that was never written', () => {
    expect(statementAt(policy, 1)).toBeUndefined()
    expect(statementAt(policy, 3)).toBeUndefined()
  })
})
