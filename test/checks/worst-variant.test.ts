/**
 * decisions.md, "The worst variant is always found": however many conditions a policy has, a grant on
 * all keys that exists in one possible combination is reported at its level, and the finding names that
 * combination. Each template has one `Allow kms:Decrypt "*"` and N Deny statements, each inside its own
 * Fn::If over its own parameter, so that exactly one of the 2^N combinations has no Deny.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { extract } from '../../src/cfn/extract.js'
import { loadDocument } from '../../src/cfn/load.js'
import { Resolver } from '../../src/cfn/resolve.js'
import { variantNotes } from '../../src/checks/context.js'
import { runChecks } from '../../src/checks/index.js'
import type { Finding } from '../../src/findings.js'
import { scanBytes } from '../../src/scan/scan.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** A YAML template up to the Statement list of managed policy Reader, with condition Ci: `Stage_i = on`. */
function policyHead(ids: number[]): string[] {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    ...ids.flatMap((i) => [`  Stage${i}:`, '    Type: String']),
    'Conditions:',
    ...ids.map((i) => `  C${i}: !Equals [!Ref Stage${i}, "on"]`),
    'Resources:',
    '  Reader:',
    '    Type: AWS::IAM::ManagedPolicy',
    '    Properties:',
    '      PolicyDocument:',
    '        Version: "2012-10-17"',
    '        Statement:',
  ]
}

/**
 * Condition Ci is `Stage_i = on`. Deny i is there unless Ci takes the value `open[i]`: the only
 * combination without a Deny is `open`. The Allow statement is the first of the list.
 */
function template(open: boolean[], format: 'yaml' | 'json'): { text: string; allowLine: number } {
  const n = open.length
  const ids = Array.from({ length: n }, (_, i) => i + 1)
  if (format === 'yaml') {
    const lines = [
      ...policyHead(ids),
      '          - Sid: DecryptAll',
      '            Effect: Allow',
      '            Action: kms:Decrypt',
      '            Resource: "*"',
      ...ids.map((i) => {
        const deny = `{Sid: Deny${i}, Effect: Deny, Action: kms:Decrypt, Resource: "*"}`
        return `          - !If [C${i}, ${open[i - 1] ? '!Ref AWS::NoValue' : deny}, ${open[i - 1] ? deny : '!Ref AWS::NoValue'}]`
      }),
    ]
    return { text: lines.join('\n') + '\n', allowLine: lines.indexOf('          - Sid: DecryptAll') + 1 }
  }
  const deny = (i: number): unknown => ({ Sid: `Deny${i}`, Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })
  const noValue = { Ref: 'AWS::NoValue' }
  const body = {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: Object.fromEntries(ids.map((i) => [`Stage${i}`, { Type: 'String' }])),
    Conditions: Object.fromEntries(ids.map((i) => [`C${i}`, { 'Fn::Equals': [{ Ref: `Stage${i}` }, 'on'] }])),
    Resources: {
      Reader: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'DecryptAll', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
              ...ids.map((i) => ({ 'Fn::If': [`C${i}`, ...(open[i - 1] ? [noValue, deny(i)] : [deny(i), noValue])] })),
            ],
          },
        },
      },
    },
  }
  const text = JSON.stringify(body, null, 2)
  const lines = text.split('\n')
  // The statement's opening brace: the line before its Sid.
  return { text, allowLine: lines.findIndex((l) => l.includes('"Sid": "DecryptAll"')) }
}

function decryptFindings(text: string, file: string): Finding[] {
  const outcome = scanBytes(file, Buffer.from(text), { paths: [], cwd: repoRoot })
  if (outcome.kind !== 'template') throw new Error(`not scanned as a template: ${JSON.stringify(outcome)}`)
  return outcome.findings.filter((f) => f.ruleId === 'KMS.1')
}

const named = (open: boolean[]): string => open.map((value, i) => `C${i + 1}=${value}`).join(', ')

const POSITIONS: [string, (n: number) => boolean[]][] = [
  ['all-true', (n) => Array<boolean>(n).fill(true)],
  ['all-false', (n) => Array<boolean>(n).fill(false)],
  ['first only true', (n) => Array.from({ length: n }, (_, i) => i === 0)],
  ['last only true', (n) => Array.from({ length: n }, (_, i) => i === n - 1)],
  ['middle only true', (n) => Array.from({ length: n }, (_, i) => i === Math.floor(n / 2))],
  ['alternating', (n) => Array.from({ length: n }, (_, i) => i % 2 === 0)],
]

describe.each([7, 12, 20])('%i independent conditions around Deny statements', (n) => {
  it.each(POSITIONS)(
    'the one open combination (%s) is found: KMS.1 all-keys error at the Allow, naming it',
    (_, shape) => {
      const open = shape(n)
      for (const format of ['yaml', 'json'] as const) {
        const { text, allowLine } = template(open, format)
        const findings = decryptFindings(text, `policy.${format}`)
        expect(findings.map((f) => [f.scope, f.level, f.line, f.condition])).toEqual([
          ['all-keys', 'error', allowLine, named(open)],
        ])
      }
    },
  )
})

describe('the search for the worst combination', () => {
  it('finds nothing where no combination opens the keys, however many conditions (20 Allow statements on named keys)', () => {
    const ids = Array.from({ length: 20 }, (_, i) => i + 1)
    const lines = [
      ...policyHead(ids),
      ...ids.map(
        (i) =>
          `          - {Effect: Allow, Action: kms:Decrypt, Resource: !If [C${i}, !Sub "arn:aws:kms:us-east-1:\${AWS::AccountId}:key/${i}a", !Sub "arn:aws:kms:us-east-1:\${AWS::AccountId}:key/${i}b"]}`,
      ),
    ]
    expect(decryptFindings(lines.join('\n') + '\n', 'named-keys.yaml')).toEqual([])
  })
})

describe('a search that runs past its budget', () => {
  it('reports the bound, never lower: an all-keys error that says the combination was not pinned down', () => {
    const { text } = template([true, false, true], 'yaml')
    const loaded = loadDocument(text, 'budget.yaml')
    if (!loaded.ok) throw new Error(loaded.error.message)
    const data = loaded.document.data as Record<string, unknown>
    // One variant listed (it has Denies, so it passes) and one partial world searched: neither settles it.
    const resolver = new Resolver(data, { parameters: {}, partition: 'aws', maxVariants: 1, maxSearch: 1 })
    const { findings } = runChecks({
      file: 'budget.yaml',
      document: loaded.document,
      model: extract(data),
      resolver,
      levels: {},
    })
    expect(findings.map((f) => [f.ruleId, f.scope, f.level, f.title])).toEqual([
      [
        'KMS.1',
        'all-keys',
        'error',
        'KMS.1 Managed policy Reader can decrypt with any KMS key in some combination of conditions',
      ],
    ])
    expect(findings[0]?.message).toContain('too many combinations')
  })
})

describe('findings in different variants of one template', () => {
  it('each name their own variant: two policies of one role, open in different branches, and two statements of one', () => {
    const text = [
      'Parameters:',
      '  Stage: {Type: String, AllowedValues: [dev, prod]}',
      'Conditions:',
      '  IsProd: !Equals [!Ref Stage, prod]',
      '  IsShared: !Equals [!Ref Stage, dev]',
      'Resources:',
      '  AppRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}',
      '      Policies:',
      '        - PolicyName: prod-off',
      '          PolicyDocument:',
      '            Version: "2012-10-17"',
      '            Statement:',
      '              - {Effect: Allow, Action: kms:Decrypt, Resource: !If [IsProd, "arn:aws:kms:us-east-1:111122223333:key/a", "*"]}',
      '        - PolicyName: shared-on',
      '          PolicyDocument:',
      '            Version: "2012-10-17"',
      '            Statement:',
      '              - {Effect: Allow, Action: kms:Decrypt, Resource: !If [IsShared, "*", "arn:aws:kms:us-east-1:111122223333:key/b"]}',
      '              - {Effect: Allow, Action: kms:ReEncryptFrom, Resource: !If [IsShared, "*", "arn:aws:kms:us-east-1:111122223333:key/b"]}',
      '',
    ].join('\n')
    const outcome = scanBytes('variants.yaml', Buffer.from(text), { paths: [], cwd: repoRoot })
    if (outcome.kind !== 'template') throw new Error(`not scanned as a template: ${JSON.stringify(outcome)}`)
    expect(outcome.findings.map((f) => [f.policy, f.line, f.condition])).toEqual([
      ['prod-off', 16, 'IsProd=false'],
      ['shared-on', 21, 'IsShared=true'],
      ['shared-on', 22, 'IsShared=true'],
    ])
  })

  it('say every choice of their variant in one sentence, in the order condition, parameters, mappings', () => {
    const variant = {
      condition: 'IsProd=false, IsShared=true',
      parameters: { Stage: 'dev', KeyArn: '*' },
      mappings: ['RegionMap/eu-west-1/Key'],
      unresolved: ['parameter Other'],
    }
    expect(variantNotes(variant, 'fail')).toEqual([
      'In the variant IsProd=false, IsShared=true, Stage=dev, KeyArn=*, RegionMap/eu-west-1/Key.',
    ])
    expect(variantNotes({ ...variant, condition: null }, 'unknown')).toEqual([
      'In the variant Stage=dev, KeyArn=*, RegionMap/eu-west-1/Key.',
      'It cannot be judged offline: it depends on parameter Other.',
    ])
    expect(variantNotes({ condition: null, parameters: {}, mappings: ['M/k/v'], unresolved: [] }, 'unknown')).toEqual([
      'In the variant M/k/v.',
      'It cannot be judged offline: it depends on a value known only at deploy time.',
    ])
    expect(variantNotes({ condition: null, parameters: {}, mappings: [], unresolved: [] }, 'fail')).toEqual([])
  })
})
