/**
 * The pure IAM-policy rows of the test-case table in semantics.md (d): rows 1-45, 57-60, 62, 75-87,
 * plus IAM-level stand-ins for rows 53, 55 and 56 (the unresolved value written as UNKNOWN).
 * Rows that need a CloudFormation template (46-56, 61, 63-74) are covered elsewhere.
 *
 * Verdicts are the spec's (with decisions.md: the FULL check runs in recommended mode only). Where a row
 * says only FAIL or PASS, the scope asserted is the one section (a).5/(a).6 implies: a policy that allows
 * a fresh-probe key in every Region length is all-keys, and a plain PASS is scoped.
 */
import { describe, expect, it } from '@jest/globals'
import { actionIn, resourceIn, type GrantScope } from '../../src/iam/evaluate.js'
import { judgeDecrypt, judgeFullAccess, type Verdict } from '../../src/iam/judge.js'
import { normalizePolicy, UNKNOWN, type Policy } from '../../src/iam/policy.js'

const OPTIONS = { partition: 'aws' }
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

type Json = Record<string, unknown>

const A = (action: string | string[], resource: string | string[], extra: Json = {}): Json => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
})
const D = (action: string | string[], resource: string | string[], extra: Json = {}): Json => ({
  Effect: 'Deny',
  Action: action,
  Resource: resource,
  ...extra,
})
const doc = (...statements: Json[]): Json => ({ Version: '2012-10-17', Statement: statements })

interface Lint {
  level: 'error' | 'warning' | 'any'
  /** The policy element the issue is about. */
  element: string
}

interface Row {
  row: string
  title: string
  document: unknown
  decrypt: Verdict
  /** The DECRYPT scope; omitted where neither the row nor (a).5 names one. */
  scope?: GrantScope
  /** The FULL column in recommended mode; omitted for n/a. */
  full?: Verdict
  /** The row's "+lint error"/"+lint warning". Rows without one must produce no issues. */
  lint?: Lint
}

const ROWS: Row[] = [
  {
    row: '1',
    title: 'kms:Decrypt on "*" is all-keys',
    document: doc(A('kms:Decrypt', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '2',
    title: 'kms:ReEncryptFrom on "*" is all-keys',
    document: doc(A('kms:ReEncryptFrom', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '3',
    title: 'kms:Encrypt on "*" is not a blocked action',
    document: doc(A('kms:Encrypt', '*')),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
  },
  {
    row: '4',
    title: 'kms:ReEncryptTo on "*" is not a blocked action',
    document: doc(A('kms:ReEncryptTo', '*')),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
  },
  {
    row: '5',
    title: 'kms:ReEncrypt* covers ReEncryptFrom',
    document: doc(A('kms:ReEncrypt*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '6',
    title: 'kms:* on "*" fails both checks',
    document: doc(A('kms:*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '7',
    title: '"*" on "*" fails both checks',
    document: doc(A('*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '8',
    title: 'KMS:DECRYPT is case-insensitive',
    document: doc(A('KMS:DECRYPT', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '9',
    title: 'kms:De* matches Decrypt',
    document: doc(A('kms:De*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '10',
    title: 'kms:*crypt* matches Decrypt',
    document: doc(A('kms:*crypt*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '11',
    title: 'kms:?ecrypt matches Decrypt',
    document: doc(A('kms:?ecrypt', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '12',
    title: 'kms:Decrypt* matches Decrypt (* may be empty)',
    document: doc(A('kms:Decrypt*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '13',
    title: 'kms:ReEncrypt is no action',
    document: doc(A('kms:ReEncrypt', '*')),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
  },
  {
    row: '14',
    title: '"kms: Decrypt" (white space) matches nothing, lint error',
    document: doc(A('kms: Decrypt', '*')),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
    lint: { level: 'error', element: 'Action' },
  },
  {
    row: '15',
    title: 'Allow NotAction kms:Encrypt covers Decrypt',
    document: doc({ Effect: 'Allow', NotAction: 'kms:Encrypt', Resource: '*' }),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '16',
    title: 'Allow NotAction kms:* excludes the blocked actions',
    document: doc({ Effect: 'Allow', NotAction: 'kms:*', Resource: '*' }),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
  },
  {
    row: '17',
    title: 'Allow NotAction [Decrypt, ReEncryptFrom] excludes both',
    document: doc({ Effect: 'Allow', NotAction: ['kms:Decrypt', 'kms:ReEncryptFrom'], Resource: '*' }),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
  },
  {
    row: '18',
    title: 'Allow NotAction s3:* grants all of KMS',
    document: doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '19',
    title: 'arn:aws:kms:*:*:key/* is all-keys',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:key/*')),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '20',
    title: 'kms:* on arn:aws:kms:* is all-keys but not full access',
    document: doc(A('kms:*', 'arn:aws:kms:*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '21',
    title: 'arn:*:kms:*:*:key/* (partition wildcard) is all-keys',
    document: doc(A('kms:Decrypt', 'arn:*:kms:*:*:key/*')),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '22',
    title: 'arn:aws:kms:*:*:* covers key/...',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:*')),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '23',
    title: 'arn:aws:kms:*:111122223333:key/* is account-wide',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:111122223333:key/*')),
    decrypt: 'pass',
    scope: 'account-wide',
  },
  {
    row: '24',
    title: 'arn:aws:kms:us-east-1:111122223333:key/* is account-wide',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/*')),
    decrypt: 'pass',
    scope: 'account-wide',
  },
  {
    row: '25',
    title: 'arn:aws:kms:us-east-1:*:key/* is any-account',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:us-east-1:*:key/*')),
    decrypt: 'fail',
    scope: 'any-account',
  },
  {
    row: '26',
    title: 'arn:aws:kms:*:????????????:key/* is all-keys',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:????????????:key/*')),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '27',
    title: 'arn:aws:kms:*:1111*:key/* is any-account',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:1111*:key/*')),
    decrypt: 'fail',
    scope: 'any-account',
  },
  {
    row: '28',
    title: 'alias ARN arn:aws:kms:us-east-1:111122223333:alias/* grants no key',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:alias/*')),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '29',
    title: 'alias ARN arn:aws:kms:*:*:alias/* grants no key',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:alias/*')),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '30',
    title: 'one named key is scoped',
    document: doc(A('kms:Decrypt', KEY)),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '31',
    title: 'a "*" anywhere in the Resource list is all-keys',
    document: doc(A('kms:Decrypt', [KEY, '*'])),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '32',
    title: 'a Condition on the Allow is ignored',
    document: doc(
      A('kms:Decrypt', '*', { Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }),
    ),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '33',
    title: 'an unconditional Deny on "*" cancels',
    document: doc(A('kms:Decrypt', '*'), D('kms:Decrypt', '*')),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '34',
    title: 'a Deny of one key leaves every other key',
    document: doc(A('kms:Decrypt', '*'), D('kms:Decrypt', KEY)),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '35',
    title: 'a conditional Deny does not cancel',
    document: doc(
      A('kms:Decrypt', '*'),
      D('kms:Decrypt', '*', { Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '36',
    title: 'Deny NotAction kms:Encrypt covers Decrypt',
    document: doc(A('kms:Decrypt', '*'), { Effect: 'Deny', NotAction: 'kms:Encrypt', Resource: '*' }),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '37',
    title: 'kms:* minus Deny kms:ReEncrypt* still decrypts, not full',
    document: doc(A('kms:*', '*'), D('kms:ReEncrypt*', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '38',
    title: 'Allow NotResource of one key is all-keys',
    document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: KEY }),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '39',
    title: 'Allow NotResource of the own account is all-keys',
    document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:*:111122223333:key/*' }),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '40',
    title: 'Allow NotResource arn:aws:kms:*:*:key/* excludes every key',
    document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:*:*:key/*' }),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '41',
    title: 'Allow NotResource "*" excludes everything',
    document: doc({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: '*' }),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '42',
    title: 'kms:* NotResource an S3 bucket decrypts every key, not full access',
    document: doc({ Effect: 'Allow', Action: 'kms:*', NotResource: 'arn:aws:s3:::bucket/*' }),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '43',
    title: 'Statement may be a single object',
    document: { Version: '2012-10-17', Statement: A('kms:Decrypt', '*') },
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '44',
    title: 'one-element lists equal strings',
    document: doc(A(['kms:Decrypt'], ['*'])),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '45',
    title: 'Effect "allow" is judged as Allow, lint error',
    document: doc({ Effect: 'allow', Action: 'kms:Decrypt', Resource: '*' }),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
    lint: { level: 'error', element: 'Effect' },
  },
  // Rows 53, 55, 56 at the IAM level: the unresolved intrinsic written as UNKNOWN. Row 53 uses kms:* so that
  // its FULL column (UNKNOWN) applies too.
  {
    row: '53 (IAM)',
    title: 'Resource UNKNOWN (parameter without Default) is unknown',
    document: doc(A('kms:*', UNKNOWN)),
    decrypt: 'unknown',
    full: 'unknown',
  },
  {
    row: '55 (IAM)',
    title: 'arn:aws:kms:*:${UNKNOWN}:key/* is unknown',
    document: doc(A('kms:Decrypt', `arn:aws:kms:*:${UNKNOWN}:key/*`)),
    decrypt: 'unknown',
  },
  {
    row: '56 (IAM)',
    title: 'Resource UNKNOWN (Fn::ImportValue) is unknown',
    document: doc(A('kms:Decrypt', UNKNOWN)),
    decrypt: 'unknown',
  },
  {
    row: '57',
    title: 'arn:aws:kms:*:${aws:PrincipalAccount}:key/* is account-wide',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:${aws:PrincipalAccount}:key/*')),
    decrypt: 'pass',
    scope: 'account-wide',
  },
  {
    row: '58',
    title: 'arn:aws:kms:*:*:key/${aws:username} is scoped (a variable is one value)',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:key/${aws:username}')),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '59',
    title: 'the same in a 2008-10-17 document is literal text, scoped',
    document: { Version: '2008-10-17', Statement: [A('kms:Decrypt', 'arn:aws:kms:*:*:key/${aws:username}')] },
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '60',
    title: 'no Version still fails',
    document: { Statement: [A('kms:Decrypt', '*')] },
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '62 A',
    title: 'policy A alone (Allow) fails',
    document: doc(A('kms:Decrypt', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '62 B',
    title: 'policy B alone (Deny) passes',
    document: doc(D('kms:Decrypt', '*')),
    decrypt: 'pass',
    scope: 'scoped',
    full: 'pass',
  },
  {
    row: '75',
    title: 'arn:aws:KMS:*:*:key/* (service case) is all-keys',
    document: doc(A('kms:Decrypt', 'arn:aws:KMS:*:*:key/*')),
    decrypt: 'fail',
    scope: 'all-keys',
  },
  {
    row: '76',
    title: 'arn:aws:kms:*:*:KEY/* matches no key (case-sensitive), lint warning',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:KEY/*')),
    decrypt: 'pass',
    scope: 'scoped',
    lint: { level: 'warning', element: 'Resource' },
  },
  {
    row: '77',
    title: '*:Decrypt (service wildcard) matches, lint error',
    document: doc(A('*:Decrypt', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
    lint: { level: 'error', element: 'Action' },
  },
  {
    row: '78',
    title: 'arn:aws:kms:*:*:key/mrk-* is any-account',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:key/mrk-*')),
    decrypt: 'fail',
    scope: 'any-account',
  },
  {
    row: '79',
    title: 'one key id in any Region and account is scoped',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:*:key/1234abcd-12ab-34cd-56ef-1234567890ab')),
    decrypt: 'pass',
    scope: 'scoped',
  },
  {
    row: '80',
    title: 'arn:aws:kms:*:key/* (5 segments) is all-keys, lint',
    document: doc(A('kms:Decrypt', 'arn:aws:kms:*:key/*')),
    decrypt: 'fail',
    scope: 'all-keys',
    lint: { level: 'any', element: 'Resource' },
  },
  {
    row: '81',
    title: '[kms:*, s3:*, ec2:*] on "*" fails both',
    document: doc(A(['kms:*', 's3:*', 'ec2:*'], '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '82',
    title: 'kms:* on arn:aws:kms:*:*:key/* is not full access (literal "*" needed)',
    document: doc(A('kms:*', 'arn:aws:kms:*:*:key/*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'pass',
  },
  {
    row: '83',
    title: 'NotAction kms:Decrypt plus Allow kms:Decrypt: union is full',
    document: doc({ Effect: 'Allow', NotAction: 'kms:Decrypt', Resource: '*' }, A('kms:Decrypt', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '84',
    title: 'a Deny on one key does not defeat full access (recommended mode)',
    document: doc(A('kms:*', '*'), D('kms:ScheduleKeyDeletion', KEY)),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '85',
    title: 'a conditional kms:* on "*" fails both',
    document: doc(A('kms:*', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'sec' } } })),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '86',
    title: 'kms:** behaves like kms:*',
    document: doc(A('kms:**', '*')),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
  {
    row: '87',
    title: 'a conditional Deny of Decrypt neither cancels nor defeats full access',
    document: doc(
      A('kms:*', '*'),
      D('kms:Decrypt', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    ),
    decrypt: 'fail',
    scope: 'all-keys',
    full: 'fail',
  },
]

const WITNESS = /^arn:aws:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/

/** The policy as evaluate.ts reads it, asked directly: some Allow matches and no unconditional Deny does. */
function reallyAllowed(policy: Policy, action: string, arn: string): boolean {
  const applies = (s: Policy['statements'][number]): boolean => actionIn(s, action) && resourceIn(s, arn)
  const allowed = policy.statements.some((s) => s.effect === 'Allow' && applies(s))
  const denied = policy.statements.some((s) => s.effect === 'Deny' && s.conditionKeys.length === 0 && applies(s))
  return allowed && !denied
}

describe('semantics.md (d): IAM policy rows', () => {
  describe('DECRYPT column', () => {
    it.each(ROWS)('row $row: $title', ({ document, decrypt, scope }) => {
      const { policy } = normalizePolicy(document)
      const judgement = judgeDecrypt(policy, OPTIONS)
      expect(judgement.verdict).toBe(decrypt)
      if (scope !== undefined) expect(judgement.scope).toBe(scope)
    })
  })

  describe('FULL column (recommended mode)', () => {
    it.each(ROWS.filter((r) => r.full !== undefined))('row $row: $title', ({ document, full }) => {
      const { policy } = normalizePolicy(document)
      expect(judgeFullAccess(policy, OPTIONS).verdict).toBe(full)
    })
  })

  describe('lint', () => {
    it.each(ROWS.filter((r) => r.lint !== undefined))('row $row: $title', ({ document, lint }) => {
      const { issues } = normalizePolicy(document)
      expect(issues).toContainEqual(
        expect.objectContaining({
          statement: 0,
          element: lint!.element,
          ...(lint!.level === 'any' ? {} : { level: lint!.level }),
        }),
      )
    })

    it.each(ROWS.filter((r) => r.lint === undefined))('row $row: no issues', ({ document }) => {
      expect(normalizePolicy(document).issues).toEqual([])
    })
  })

  describe('witnesses of failing verdicts', () => {
    it.each(ROWS.filter((r) => r.decrypt === 'fail'))(
      'row $row: every grant has a real, unused, allowed key ARN',
      ({ document }) => {
        const { policy } = normalizePolicy(document)
        const judgement = judgeDecrypt(policy, OPTIONS)
        expect(judgement.verdict).toBe('fail')
        expect(judgement.result.grants.length).toBeGreaterThan(0)
        const text = JSON.stringify(document)
        for (const grant of judgement.result.grants) {
          const witness = grant.witness
          expect(witness).toMatch(WITNESS)
          if (witness === null) continue
          // (b) not in the policy; in a failing scope the account and key id are invented too.
          expect(text).not.toContain(witness)
          if (grant.scope === 'all-keys' || grant.scope === 'any-account') {
            const [, , , , account, resource] = witness.split(':')
            expect(text).not.toContain(account)
            expect(text).not.toContain(resource.slice('key/'.length))
          }
          // (c) really allowed, by the statement the grant names.
          expect(reallyAllowed(policy, grant.action, witness)).toBe(true)
          const statement = policy.statements.find((s) => s.index === grant.statement)
          expect(statement?.effect).toBe('Allow')
          expect(actionIn(statement!, grant.action) && resourceIn(statement!, witness)).toBe(true)
        }
      },
    )
  })
})
