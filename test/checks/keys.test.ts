/**
 * The KMS key rules (KMS.3, KMS.4, KMS.5, KMS.KeyIdRef) through `scan()` on the templates in
 * test/fixtures/keys: rows 49, 68-74 and K1-K11 of semantics.md (d), and one template for every other case
 * the rules tell apart. Each case lists every finding its template must give, in report order, so a
 * template that shows one thing gives no other finding.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import type { LevelOverrides } from '../../src/checks/context.js'
import type { Finding } from '../../src/findings.js'
import { ruleById } from '../../src/checks/index.js'
import { scan } from '../../src/scan/scan.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function scanFixture(name: string, levels: LevelOverrides = {}): Finding[] {
  const result = scan({ paths: [`test/fixtures/keys/${name}`], cwd: ROOT, levels })
  expect(result.errors).toEqual([])
  expect(result.summary.templates).toBe(1)
  return result.findings
}

/** Fields a finding must have; values may be matchers (`expect.stringContaining`). */
type Expected = Partial<Record<keyof Finding, unknown>>

interface Case {
  /** The spec row, or what the template shows beyond the table. */
  row: string
  fixture: string
  findings: Expected[]
}

const at = (
  ruleId: string,
  level: Finding['level'],
  resource: string,
  line: number,
  column: number,
  more: Expected = {},
): Expected => ({ ruleId, level, resource, line, column, ...more })

const ROTATION = { fix: 'EnableKeyRotation: true', scope: null, statement: null, grants: [], witness: null }
const NO_RETAIN_ON_DELETE = { title: 'KMS.3 Key DataKey is deleted with its stack', fix: 'DeletionPolicy: Retain' }
const NO_RETAIN_ON_REPLACE = {
  title: 'KMS.3 Key DataKey is deleted when it is replaced',
  fix: 'UpdateReplacePolicy: Retain',
}
const SHORT_WINDOW = { title: 'KMS.3 Key DataKey has a short deletion waiting period', fix: 'PendingWindowInDays: 30' }
const DECRYPT = ['kms:Decrypt']
const BOTH = ['kms:Decrypt', 'kms:ReEncryptFrom']
const PUBLIC_DECRYPT = expect.stringMatching(/^Any AWS principal can decrypt with /)
const CALLER_ACCOUNT_FIX =
  'Add Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId}}, or name the accounts or roles in Principal'

const KMS4_CASES: Case[] = [
  {
    row: '74',
    fixture: 'rotation-missing.yaml',
    findings: [
      at('KMS.4', 'warning', 'DataKey', 4, 3, {
        ...ROTATION,
        title: 'KMS.4 Key DataKey does not rotate',
        resourceType: 'AWS::KMS::Key',
        message: expect.stringContaining('EnableKeyRotation is not set'),
      }),
    ],
  },
  { row: 'K1', fixture: 'rotation-enabled.yaml', findings: [] },
  { row: 'K2', fixture: 'rotation-asymmetric-not-applicable.yaml', findings: [] },
  { row: 'K3', fixture: 'rotation-hmac-not-applicable.yaml', findings: [] },
  { row: 'K4', fixture: 'rotation-external-not-applicable.yaml', findings: [] },
  { row: 'custom key store', fixture: 'rotation-custom-key-store-not-applicable.yaml', findings: [] },
  {
    row: 'K5',
    fixture: 'rotation-if-worst-branch.yaml',
    findings: [
      at('KMS.4', 'warning', 'DataKey', 15, 7, {
        ...ROTATION,
        condition: 'IsProd=false',
        message: expect.stringContaining('EnableKeyRotation is false. In the variant IsProd=false.'),
      }),
    ],
  },
  {
    row: 'K6',
    fixture: 'rotation-disabled-key.yaml',
    findings: [
      at('KMS.4', 'warning', 'DormantKey', 4, 3, {
        ...ROTATION,
        message: expect.stringContaining('The key is disabled (Enabled: false)'),
      }),
    ],
  },
  { row: 'K11', fixture: 'rotation-replica-not-applicable.yaml', findings: [] },
  {
    row: 'booleans as strings',
    fixture: 'rotation-string-booleans.json',
    findings: [
      at('KMS.4', 'warning', 'StaticKey', 18, 9, {
        ...ROTATION,
        // Fixes are written in the file's own syntax.
        fix: '"EnableKeyRotation": true',
        message: expect.stringContaining('EnableKeyRotation is "false"'),
      }),
    ],
  },
  {
    row: 'parameters',
    fixture: 'rotation-parameters.yaml',
    findings: [
      at('KMS.4', 'warning', 'FlaggedKey', 17, 7, {
        ...ROTATION,
        title: 'KMS.4 Key FlaggedKey may not rotate',
        unresolved: ['parameter RotateKeys (no value given, no Default)'],
        message: expect.stringContaining('It cannot be judged offline: it depends on parameter RotateKeys'),
      }),
      at('KMS.4', 'warning', 'ChosenSpecKey', 18, 3, { ...ROTATION, parameters: { Spec: 'SYMMETRIC_DEFAULT' } }),
    ],
  },
]

const KMS3_CASES: Case[] = [
  {
    row: 'K7',
    fixture: 'deletion-missing-policies.yaml',
    findings: [
      at('KMS.3', 'warning', 'DataKey', 4, 3, {
        ...NO_RETAIN_ON_DELETE,
        message: expect.stringContaining('DeletionPolicy is not set (the default is Delete)'),
      }),
      at('KMS.3', 'warning', 'DataKey', 4, 3, {
        ...NO_RETAIN_ON_REPLACE,
        message: expect.stringContaining('UpdateReplacePolicy is not set'),
      }),
    ],
  },
  { row: 'K8', fixture: 'deletion-retained.yaml', findings: [] },
  {
    row: 'Delete written out',
    fixture: 'deletion-delete-policies.json',
    findings: [
      at('KMS.3', 'warning', 'DataKey', 7, 7, {
        ...NO_RETAIN_ON_DELETE,
        fix: '"DeletionPolicy": "Retain"',
        message: expect.stringContaining('DeletionPolicy is "Delete"'),
      }),
      at('KMS.3', 'warning', 'DataKey', 8, 7, { ...NO_RETAIN_ON_REPLACE, fix: '"UpdateReplacePolicy": "Retain"' }),
    ],
  },
  {
    row: 'K9',
    fixture: 'deletion-short-pending-window.yaml',
    findings: [
      at('KMS.3', 'note', 'DataKey', 10, 7, {
        ...SHORT_WINDOW,
        message: expect.stringContaining('PendingWindowInDays is 7'),
      }),
    ],
  },
  {
    row: 'window as a string',
    fixture: 'deletion-pending-window-string.json',
    findings: [at('KMS.3', 'note', 'DataKey', 11, 9, { ...SHORT_WINDOW, fix: '"PendingWindowInDays": 30' })],
  },
  {
    row: 'Fn::If and parameters',
    fixture: 'deletion-conditional-and-unresolved.yaml',
    findings: [
      at('KMS.3', 'warning', 'DataKey', 17, 5, {
        ...NO_RETAIN_ON_DELETE,
        condition: 'IsProd=false',
        message: expect.stringContaining('DeletionPolicy is "Delete"'),
      }),
      at('KMS.3', 'note', 'DataKey', 21, 7, {
        title: 'KMS.3 Key DataKey may have a short deletion waiting period',
        message: expect.stringContaining('if PendingWindowInDays turns out below 30, a key scheduled for deletion'),
      }),
    ],
  },
]

const KMS5_CASES: Case[] = [
  { row: '68', fixture: 'key-policy-account-root-not-identity.yaml', findings: [] },
  {
    row: '69',
    fixture: 'key-policy-public-decrypt.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 19, 13, {
        title: 'KMS.5 Key DataKey lets any principal decrypt',
        statement: 1,
        sid: 'Everyone',
        policy: 'KeyPolicy',
        grants: DECRYPT,
        actions: ['kms:Decrypt'],
        resourceLine: 21,
        resourceColumn: 24,
        message: PUBLIC_DECRYPT,
        fix: CALLER_ACCOUNT_FIX,
      }),
    ],
  },
  { row: '70', fixture: 'key-policy-caller-account-condition.yaml', findings: [] },
  {
    row: '71',
    fixture: 'key-policy-wildcard-condition.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 13, 13, {
        grants: DECRYPT,
        conditionKeys: ['StringLike:kms:CallerAccount'],
        message: expect.stringContaining('Its Condition (StringLike:kms:CallerAccount) does not count'),
      }),
    ],
  },
  { row: '72', fixture: 'key-policy-public-deny.yaml', findings: [] },
  {
    row: '73',
    fixture: 'key-policy-any-account-root.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 13, 13, {
        title: 'KMS.5 Key DataKey is open to any principal',
        grants: [],
        sid: 'DescribeForAll',
        message: expect.stringMatching(
          /^Key DataKey is open to any AWS principal: .* allows kms:DescribeKey to Principal \{"AWS":"arn:aws:iam::\*:root"\}/,
        ),
      }),
    ],
  },
  { row: 'K10', fixture: 'key-policy-absent.yaml', findings: [] },
  {
    row: 'JSON text in Fn::Sub',
    fixture: 'key-policy-json-text.json',
    // The statement inside the one-line Fn::Sub text, and its Principal.
    findings: [
      at('KMS.5', 'error', 'DataKey', 12, 207, {
        statement: 1,
        sid: 'Open',
        grants: BOTH,
        resourceLine: 12,
        message: PUBLIC_DECRYPT,
        fix: 'Add "Condition": {"StringEquals": {"kms:CallerAccount": "${AWS::AccountId}"}} (in the Fn::Sub text of the policy), or name the accounts or roles in Principal',
      }),
    ],
  },
  {
    row: 'literal JSON text',
    fixture: 'key-policy-literal-json-text.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 14, 13, {
        sid: 'Everyone',
        grants: [],
        resourceLine: 17,
        resourceColumn: 28,
        fix: 'Add "Condition": {"StringEquals": {"kms:CallerAccount": "<account id>"}}, or name the accounts or roles in Principal',
      }),
    ],
  },
  {
    row: 'NotPrincipal',
    fixture: 'key-policy-not-principal.json',
    findings: [
      at('KMS.5', 'error', 'DataKey', 14, 13, {
        grants: [],
        resourceLine: 17,
        resourceColumn: 31,
        message: expect.stringContaining('to every principal not named in NotPrincipal'),
        fix: 'Replace NotPrincipal with a Principal that names the accounts or roles, or add "Condition": {"StringEquals": {"kms:CallerAccount": {"Ref": "AWS::AccountId"}}}',
      }),
    ],
  },
  {
    row: 'ReplicaKey, "*" in a list',
    fixture: 'key-policy-replica-public.yaml',
    findings: [
      at('KMS.5', 'error', 'EuReplica', 11, 13, {
        resourceType: 'AWS::KMS::ReplicaKey',
        grants: BOTH,
        title: 'KMS.5 ReplicaKey EuReplica lets any principal decrypt',
      }),
    ],
  },
  {
    row: 'Fn::If principal',
    fixture: 'key-policy-if-principal.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 19, 13, {
        grants: BOTH,
        condition: 'ShareKey=true',
        message: expect.stringContaining('In the variant ShareKey=true.'),
      }),
    ],
  },
  { row: 'restrictive conditions', fixture: 'key-policy-restrictive-conditions.yaml', findings: [] },
  {
    row: 'conditions that do not restrict',
    fixture: 'key-policy-unfixed-conditions.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 15, 13, { sid: 'Variable', grants: DECRYPT }),
      at('KMS.5', 'error', 'DataKey', 23, 13, { sid: 'ForAllValues', grants: DECRYPT }),
      at('KMS.5', 'error', 'DataKey', 31, 13, { sid: 'Negated', grants: DECRYPT }),
      at('KMS.5', 'error', 'DataKey', 39, 13, { sid: 'TransportOnly', grants: DECRYPT }),
    ],
  },
  {
    row: 'decisions.md: ...IfExists pins only with keys every request carries',
    fixture: 'key-policy-ifexists-absent-key.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 15, 13, {
        sid: 'EndpointIfThere',
        grants: DECRYPT,
        message: expect.stringContaining(
          'Under ...IfExists, aws:SourceVpce does not pin: a request without that key passes',
        ),
      }),
      at('KMS.5', 'error', 'DataKey', 23, 13, {
        sid: 'OrganizationIfThere',
        grants: [],
        title: 'KMS.5 Key DataKey is open to any principal',
        message: expect.stringContaining('Under ...IfExists, aws:PrincipalOrgID does not pin'),
      }),
    ],
  },
  {
    row: 'decisions.md: a pin to a parameter without a value cannot be judged offline',
    fixture: 'key-policy-caller-account-parameter.json',
    findings: [
      at('KMS.5', 'warning', 'DataKey', 17, 13, {
        sid: 'TrustedAccountOnly',
        grants: DECRYPT,
        title: 'KMS.5 Key DataKey may be open to any principal',
        message: expect.stringMatching(
          /pinned by a Condition value known only at deploy time\..*It cannot be judged offline: it depends on parameter TrustedAccount/,
        ),
      }),
    ],
  },
  {
    row: 'NotAction',
    fixture: 'key-policy-not-action.yaml',
    findings: [
      at('KMS.5', 'error', 'DataKey', 14, 13, {
        sid: 'AllButEncrypt',
        grants: BOTH,
        actions: ['NotAction kms:Encrypt'],
        message: expect.stringContaining('(every action except kms:Encrypt)'),
      }),
      at('KMS.5', 'error', 'DataKey', 19, 13, {
        sid: 'AllButDecryption',
        grants: [],
        title: 'KMS.5 Key DataKey is open to any principal',
      }),
    ],
  },
  {
    row: 'unresolved principal',
    fixture: 'key-policy-unresolved-principal.yaml',
    findings: [
      at('KMS.5', 'warning', 'DataKey', 13, 13, {
        title: 'KMS.5 Key DataKey may be open to any principal',
        unresolved: ['Fn::ImportValue shared-reader-principal'],
        message: expect.stringContaining(
          'It cannot be judged offline: it depends on Fn::ImportValue shared-reader-principal.',
        ),
      }),
    ],
  },
  {
    row: 'unresolved policy',
    fixture: 'key-policy-unresolved-document.yaml',
    findings: [
      at('KMS.5', 'warning', 'ImportedPolicyKey', 12, 7, {
        statement: 0,
        message: expect.stringContaining(
          'its KeyPolicy is not known. It cannot be judged offline: it depends on Fn::ImportValue shared-key-policy.',
        ),
      }),
      at('KMS.5', 'warning', 'BrokenPolicyKey', 19, 7, {
        unresolved: [expect.stringMatching(/^the KeyPolicy text is not valid JSON/)],
      }),
    ],
  },
]

const KEY_ID_REF_CASES: Case[] = [
  {
    row: '49',
    fixture: 'key-id-ref.yaml',
    findings: [
      at('KMS.KeyIdRef', 'note', 'AppRole', 27, 17, {
        resourceLine: 30,
        resourceColumn: 27,
        resourceType: 'AWS::IAM::Role',
        policy: 'ReadData',
        statement: 0,
        sid: 'DecryptData',
        grants: [],
        title: 'KMS.KeyIdRef Role AppRole names key DataKey by its id, not its ARN',
        fix: 'Resource: !GetAtt DataKey.Arn',
      }),
    ],
  },
  {
    row: '${Key} in Fn::Sub',
    fixture: 'key-id-ref-sub.json',
    findings: [
      at('KMS.KeyIdRef', 'note', 'ReadData', 17, 13, {
        resourceLine: 21,
        resourceColumn: 17,
        fix: '"Resource": {"Fn::GetAtt": ["DataKey", "Arn"]}',
      }),
    ],
  },
  {
    row: 'Fn::If branch',
    fixture: 'key-id-ref-if.yaml',
    findings: [
      at('KMS.KeyIdRef', 'note', 'ReadData', 22, 13, {
        resourceLine: 25,
        resourceColumn: 17,
        condition: 'UseArn=false',
      }),
    ],
  },
]

describe.each([
  ['KMS.4 key rotation', KMS4_CASES],
  ['KMS.3 deletion protection', KMS3_CASES],
  ['KMS.5 public key policy', KMS5_CASES],
  ['KMS.KeyIdRef key id as Resource', KEY_ID_REF_CASES],
])('%s', (_rule, cases) => {
  it.each(cases.map((c) => [c.row, c.fixture, c] as const))('row %s: %s', (_row, fixture, c) => {
    expect(scanFixture(fixture)).toMatchObject(c.findings)
  })
})

describe('row 68: a key policy is not an identity policy', () => {
  it('judges no key policy with KMS.1, KMS.2 or KMS.FullAccess, though it allows kms:* on "*"', () => {
    const result = scan({ paths: ['test/fixtures/keys/key-policy-account-root-not-identity.yaml'], cwd: ROOT })
    expect(result.summary.policies).toBe(0)
    expect(result.findings.map((f) => f.ruleId)).toEqual([])
  })

  it('leaves the identity checks out of every key template', () => {
    const result = scan({ paths: ['test/fixtures/keys'], cwd: ROOT })
    const identityRules = result.findings.filter((f) => ['KMS.1', 'KMS.2', 'KMS.FullAccess'].includes(f.ruleId))
    expect(identityRules.map((f) => `${f.file} ${f.resourceType}`)).toEqual([])
  })
})

describe('configured levels', () => {
  it('turns a rule off', () => {
    expect(scanFixture('rotation-missing.yaml', { 'KMS.4': 'off' })).toEqual([])
  })

  it('sets the level of every finding of a rule', () => {
    const findings = scanFixture('deletion-short-pending-window.yaml', { 'KMS.3': 'warning' })
    expect(findings.map((f) => [f.ruleId, f.level])).toEqual([['KMS.3', 'warning']])
    expect(scanFixture('key-policy-public-decrypt.yaml', { 'KMS.5': 'note' }).map((f) => f.level)).toEqual(['note'])
    expect(scanFixture('key-id-ref.yaml', { 'KMS.KeyIdRef': 'warning' }).map((f) => f.level)).toEqual(['warning'])
  })
})

describe('rule table', () => {
  it.each(['KMS.3', 'KMS.4', 'KMS.5', 'KMS.KeyIdRef'])('describes %s', (id) => {
    expect(ruleById(id)).toMatchObject({ id })
    expect(ruleById(id)!.severity).toBeGreaterThan(0)
  })
})
