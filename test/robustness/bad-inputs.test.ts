/**
 * Issue 6: "a security gate that crashes, hangs, or silently reports no findings on input it did not
 * understand is worse than none". Every hostile input below is scanned beside good templates: the hostile
 * file must give a clear, located message (an error, or a finding that says what was not understood), no
 * message may carry a stack trace, the good templates must still be judged, and nothing may hang.
 *
 * Small fixtures live in test/fixtures/bad/; big ones (deep nesting, oversize, Fn::If explosions,
 * thousands of resources), symbolic links and odd file names are generated into a temporary folder.
 *
 * Hang guard: scan() is synchronous, so a jest timeout alone cannot stop a runaway loop. Each scan runs
 * under vm's `timeout`, which terminates the running JavaScript (ours included) and turns a hang into a
 * failing test; the jest per-test timeout stays as a second net.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import type { Finding, Diagnostic, ScanResult } from '../../src/findings.js'
import { MAX_FILE_BYTES, scan } from '../../src/scan/scan.js'
import { requireFreshDist } from '../dist.js'
import { SHAPES } from './real-repository-shapes.js'

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url))
const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url))
const HANG_GUARD_MS = 15_000
const TIMEOUT = 20_000

// ---- Good templates: each placed beside the hostile input; their findings must survive it.

const GOOD_YAML_NAME = 'good-managed.yaml'
const GOOD_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Description: Good template - a managed policy that decrypts with every key (KMS.1, all-keys).
Resources:
  GoodManagedPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: GoodDecryptAll
            Effect: Allow
            Action: kms:Decrypt
            Resource: "*"
`
const GOOD_JSON_NAME = 'good-inline.json'
const GOOD_JSON = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'Good template - an inline role policy that re-encrypts from keys of any account (KMS.2, any-account).',
    Resources: {
      GoodRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'good-inline',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: 'kms:ReEncryptFrom', Resource: 'arn:aws:kms:us-east-1:*:key/*' },
                ],
              },
            },
          ],
        },
      },
    },
  },
  null,
  2,
)

// ---- Workspace and scan helpers.

const workspaces: string[] = []
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true })
})

type Files = Record<string, string | Buffer>

/** A fresh temp folder holding the given files and both good templates. */
function workspace(files: Files, options: { good?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-bad-'))
  workspaces.push(dir)
  const all: Files =
    options.good === false ? files : { [GOOD_YAML_NAME]: GOOD_YAML, [GOOD_JSON_NAME]: GOOD_JSON, ...files }
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

/** A workspace with committed fixtures copied in (by name, from test/fixtures/bad/). */
function withFixtures(names: readonly string[], extra: Files = {}): string {
  const dir = workspace(extra)
  for (const name of names) copyFileSync(path.join(BAD, name), path.join(dir, name))
  return dir
}

/** Runs fn under a hard time limit: vm's watchdog terminates even synchronous loops. */
function guarded<T>(label: string, fn: () => T, ms = HANG_GUARD_MS): T {
  const box: { fn: () => T; out?: T } = { fn }
  try {
    vm.runInNewContext('box.out = box.fn()', { box }, { timeout: ms })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new Error(`hang guard: ${label} did not finish within ${ms / 1000} s`, { cause: error })
    }
    throw error
  }
  return box.out as T
}

function scanIn(cwd: string, paths: string[] = ['.']): ScanResult {
  return guarded(`scan of ${paths.join(', ')}`, () => scan({ paths, cwd }))
}

const errorsFor = (r: ScanResult, file: string): Diagnostic[] => r.errors.filter((e) => e.file === file)
const findingsFor = (r: ScanResult, file: string): Finding[] => r.findings.filter((f) => f.file === file)
const messagesFor = (r: ScanResult, file: string): string[] => [
  ...errorsFor(r, file).map((e) => e.message),
  ...findingsFor(r, file).map((f) => f.message),
]

/** Both good templates were judged and reported as usual. */
function expectGoodStillScanned(r: ScanResult): void {
  expect(findingsFor(r, GOOD_YAML_NAME)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        ruleId: 'KMS.1',
        scope: 'all-keys',
        level: 'error',
        resource: 'GoodManagedPolicy',
        line: 10,
        column: 13,
      }),
    ]),
  )
  expect(findingsFor(r, GOOD_JSON_NAME)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ ruleId: 'KMS.2', scope: 'any-account', level: 'error', resource: 'GoodRole' }),
    ]),
  )
  expect(errorsFor(r, GOOD_YAML_NAME)).toEqual([])
  expect(errorsFor(r, GOOD_JSON_NAME)).toEqual([])
}

const STACK_LINE = /^\s+at\s/m
const SOURCE_REF = /\.(?:[cm]?[jt]s)x?:\d+|node:internal|\bat (?:Object|Module|new)\b/

/** What a user reads: error messages, and each finding's title, message and fix. */
function userTexts(r: ScanResult): string[] {
  return [...r.errors.map((e) => e.message), ...r.findings.flatMap((f) => [f.title, f.message, f.fix])]
}

function expectNoStackTraces(r: ScanResult): void {
  const leaking = userTexts(r).filter((t) => STACK_LINE.test(t) || SOURCE_REF.test(t))
  expect(leaking).toEqual([])
}

/** Exactly one error for `file`, with a real place; `at` pins the line (and column) where the problem is. */
function expectLocatedError(
  r: ScanResult,
  file: string,
  message: RegExp,
  at?: { line: number; column?: number },
): Diagnostic {
  const errors = errorsFor(r, file)
  expect(errors).toHaveLength(1)
  const error = errors[0]
  expect(error.message).toMatch(message)
  expect(error.line).toBeGreaterThanOrEqual(1)
  expect(error.column).toBeGreaterThanOrEqual(1)
  if (at) expect(error.line).toBe(at.line)
  if (at?.column !== undefined) expect(error.column).toBe(at.column)
  return error
}

/** The user is told something about `file`: an error, or at least one finding. Never silence. */
function expectTold(r: ScanResult, file: string): void {
  expect(errorsFor(r, file).length + findingsFor(r, file).length).toBeGreaterThan(0)
}

/** Messages must not be "internal error, please report it": a hostile input is not our bug to report. */
function expectNoInternalError(r: ScanResult): void {
  expect(r.errors.filter((e) => /internal error/i.test(e.message))).toEqual([])
}

/** Shared closing checks of every single-file case. */
function expectSane(r: ScanResult): void {
  expectNoStackTraces(r)
  expectGoodStillScanned(r)
}

// ---- Generated hostile inputs (too big to commit).

const DEPTH = 10_000

function deepYamlInPolicy(): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: A Resource nested ${DEPTH} lists deep (flow style).
Resources:
  DeepYamlPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: kms:Decrypt
            Resource: ${'['.repeat(DEPTH)}"*"${']'.repeat(DEPTH)}
`
}

/** Deep nesting in Metadata, nowhere near a policy; the policy beside it decrypts with every key. */
function deepJsonInMetadata(): string {
  return `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Metadata nested ${DEPTH} objects deep; the policy beside it decrypts with every key.",
  "Metadata": { "Deep": ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)} },
  "Resources": {
    "DeepMetadataPolicy": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*" }
          ]
        }
      }
    }
  }
}
`
}

function deepJsonInPolicy(): string {
  return `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "DeepJsonPolicy": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Action": "kms:Decrypt", "Resource": ${'['.repeat(DEPTH)}"*"${']'.repeat(DEPTH)} }
          ]
        }
      }
    }
  }
}
`
}

/** A template of exactly `size` bytes (padded with a YAML comment) whose policy decrypts with every key. */
function templateOfSize(size: number): string {
  const body = GOOD_YAML.replaceAll('GoodManagedPolicy', 'SizedPolicy').replace('GoodDecryptAll', 'SizedDecryptAll')
  const padding = size - Buffer.byteLength(body) - 2
  return `${body}#${'x'.repeat(padding)}\n`
}

const KEY_ARN = (n: number | string): string =>
  `arn:aws:kms:us-east-1:111122223333:key/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/** Hundreds of side-by-side Fn::If; only the last condition's else branch opens every key. */
function ifExplosion(count = 300): string {
  const conditions = Array.from({ length: count }, (_, i) => `  C${i}: !Equals [!Ref AWS::Region, region-${i}]`)
  const resources = Array.from(
    { length: count },
    (_, i) => `              - !If [C${i}, "${KEY_ARN(i)}", ${i === count - 1 ? '"*"' : `"${KEY_ARN(1000 + i)}"`}]`,
  )
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: ${count} conditions; only the else branch of the last one decrypts with every key.
Conditions:
${conditions.join('\n')}
Resources:
  ExplodingPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: kms:Decrypt
            Resource:
${resources.join('\n')}
`
}

/** Fn::If nested 90 deep (under the resolver's depth cap); "*" sits in the innermost else branch. */
function ifChain(depth = 90): string {
  let resource: unknown = '*'
  for (let i = 0; i < depth; i++) resource = { 'Fn::If': [`C${i}`, KEY_ARN(i), resource] }
  const conditions = Object.fromEntries(
    Array.from({ length: depth }, (_, i) => [`C${i}`, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, `region-${i}`] }]),
  )
  return JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Conditions: conditions,
      Resources: {
        ChainPolicy: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: resource }],
            },
          },
        },
      },
    },
    null,
    1,
  )
}

const MANY = 5000
const MANY_BAD = 4321

/** Thousands of roles with inline policies; one of them decrypts with every key. */
function thousandsOfResources(): string {
  let out = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n'
  for (let i = 0; i < MANY; i++) {
    out += `  Role${i}:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p${i}
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: kms:Decrypt
                Resource: ${i === MANY_BAD ? '"*"' : KEY_ARN(i)}
`
  }
  return out
}
/** 1-based line of `Role${MANY_BAD}`'s statement in thousandsOfResources(): 11 lines per role after 2 header lines. */
const MANY_BAD_STATEMENT_LINE = 2 + MANY_BAD * 11 + 9

// =====================================================================================================

describe('one hostile file beside good templates', () => {
  it(
    'malformed YAML: a located YAML error, the good templates still judged',
    () => {
      const r = scanIn(withFixtures(['malformed.yaml']))
      expectLocatedError(r, 'malformed.yaml', /YAML.*indentation/i, { line: 6, column: 4 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'malformed JSON: a located JSON error',
    () => {
      const r = scanIn(withFixtures(['malformed.json']))
      expectLocatedError(r, 'malformed.json', /JSON.*comma/i, { line: 6, column: 5 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a binary file with a .yaml name: one error saying it is not text',
    () => {
      const r = scanIn(withFixtures(['binary.yaml']))
      expectLocatedError(r, 'binary.yaml', /not a text file/i)
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a UTF-8 template with a byte order mark scans like any other, at the same line and column',
    () => {
      const r = scanIn(withFixtures(['utf8-bom.json']))
      expect(errorsFor(r, 'utf8-bom.json')).toEqual([])
      expect(findingsFor(r, 'utf8-bom.json')).toEqual([
        expect.objectContaining({
          ruleId: 'KMS.1',
          scope: 'all-keys',
          resource: 'BomPolicy',
          sid: 'BomDecrypt',
          line: 11,
          column: 13,
        }),
      ])
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a UTF-16 LE template with a byte order mark scans like any other',
    () => {
      const r = scanIn(withFixtures(['utf16le-bom.yaml']))
      expect(errorsFor(r, 'utf16le-bom.yaml')).toEqual([])
      expect(findingsFor(r, 'utf16le-bom.yaml')).toEqual([
        expect.objectContaining({
          ruleId: 'KMS.1',
          scope: 'all-keys',
          resource: 'Utf16Policy',
          sid: 'Utf16Decrypt',
          line: 10,
          column: 13,
        }),
      ])
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a YAML alias bomb inside a policy document: quick, and the certain all-keys grant of Statement[0] stays a failing finding',
    () => {
      const r = scanIn(withFixtures(['alias-bomb-policy.yaml']))
      expectTold(r, 'alias-bomb-policy.yaml')
      // Statement[0] allows kms:Decrypt on "*" whatever the bomb expands to (a Condition on an Allow is ignored):
      // it must be reported at error level, or the whole file refused with an error; a warning lets the gate pass.
      const refused = errorsFor(r, 'alias-bomb-policy.yaml').length > 0
      if (!refused) {
        expect(findingsFor(r, 'alias-bomb-policy.yaml')).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              ruleId: 'KMS.1',
              resource: 'BombPolicy',
              statement: 0,
              scope: 'all-keys',
              level: 'error',
            }),
          ]),
        )
      }
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a YAML alias bomb outside policies (Metadata, ManagedPolicyArns, PermissionsBoundary, Tags): quick, and the policy beside it judged',
    () => {
      const r = scanIn(withFixtures(['alias-bomb-elsewhere.yaml']))
      const refused = errorsFor(r, 'alias-bomb-elsewhere.yaml').length > 0
      if (!refused) {
        expect(findingsFor(r, 'alias-bomb-elsewhere.yaml')).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              ruleId: 'KMS.1',
              resource: 'ElsewherePolicy',
              scope: 'all-keys',
              level: 'error',
            }),
          ]),
        )
      }
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    `YAML nested ${DEPTH} levels deep: a located error about the nesting`,
    () => {
      const r = scanIn(workspace({ 'deep.yaml': deepYamlInPolicy() }))
      expectLocatedError(r, 'deep.yaml', /nest|deep|depth/i)
      expect(errorsFor(r, 'deep.yaml')[0].line).toBe(12)
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    `JSON nested ${DEPTH} levels deep in Metadata: no internal error; the policy beside it judged, or a located error about the nesting`,
    () => {
      const r = scanIn(workspace({ 'deep-metadata.json': deepJsonInMetadata() }))
      expectNoInternalError(r)
      const errors = errorsFor(r, 'deep-metadata.json')
      if (errors.length > 0) expectLocatedError(r, 'deep-metadata.json', /nest|deep|depth/i, { line: 4 })
      else
        expect(findingsFor(r, 'deep-metadata.json')).toEqual([
          expect.objectContaining({ ruleId: 'KMS.1', resource: 'DeepMetadataPolicy', scope: 'all-keys' }),
        ])
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    `JSON nested ${DEPTH} levels deep in a policy Resource: no internal error, and the user is told`,
    () => {
      const r = scanIn(workspace({ 'deep-policy.json': deepJsonInPolicy() }))
      expectNoInternalError(r)
      expectTold(r, 'deep-policy.json')
      const errors = errorsFor(r, 'deep-policy.json')
      if (errors.length > 0) expectLocatedError(r, 'deep-policy.json', /nest|deep|depth/i, { line: 10 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a file one byte over MAX_FILE_BYTES: one error naming the limit; a file of exactly MAX_FILE_BYTES is read',
    () => {
      const r = scanIn(
        workspace({
          'too-big.yaml': templateOfSize(MAX_FILE_BYTES + 1),
          'at-limit.yaml': templateOfSize(MAX_FILE_BYTES),
        }),
      )
      const error = expectLocatedError(r, 'too-big.yaml', /MiB/)
      expect(error.message).toMatch(new RegExp(`${MAX_FILE_BYTES / 1048576} MiB`))
      expect(findingsFor(r, 'too-big.yaml')).toEqual([])
      expect(errorsFor(r, 'at-limit.yaml')).toEqual([])
      expect(findingsFor(r, 'at-limit.yaml')).toEqual([
        expect.objectContaining({ ruleId: 'KMS.1', resource: 'SizedPolicy', scope: 'all-keys' }),
      ])
      expectSane(r)
    },
    TIMEOUT,
  )

  it.each([
    ['YAML', 'duplicate-keys.yaml', 13, 13],
    ['JSON', 'duplicate-keys.json', 15, 15],
  ])(
    'duplicate keys in %s: judged as deployed (the last one counts), never silently: a CFN.Syntax warning at the second key names the "*" it hides',
    (_format, fixture, line, column) => {
      const r = scanIn(withFixtures([fixture]))
      expect(errorsFor(r, fixture)).toEqual([])
      expect(findingsFor(r, fixture).map((f) => [f.ruleId, f.level, f.line, f.column])).toEqual([
        ['CFN.Syntax', 'warning', line, column],
      ])
      expect(findingsFor(r, fixture)[0].message).toMatch(/ignores the one at line \d+ \("\*"\)/)
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'an unknown CloudFormation short-form tag in a Resource: the user is told what was not resolved',
    () => {
      const r = scanIn(withFixtures(['unknown-tag.yaml']))
      expectTold(r, 'unknown-tag.yaml')
      expect(messagesFor(r, 'unknown-tag.yaml').join('\n')).toMatch(/NotAFunction/)
      const located = [...errorsFor(r, 'unknown-tag.yaml'), ...findingsFor(r, 'unknown-tag.yaml')]
      for (const place of located) expect(place.line).toBeGreaterThanOrEqual(1)
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'an unsupported YAML core tag (!!binary): a located error',
    () => {
      const r = scanIn(withFixtures(['unknown-yaml-tag.yaml']))
      expectLocatedError(r, 'unknown-yaml-tag.yaml', /unknown tag/i, { line: 12 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'Resources that is a list, not a mapping: a located error at Resources, not a template that passes with nothing in it',
    () => {
      const r = scanIn(withFixtures(['resources-not-mapping.yaml']))
      expectLocatedError(r, 'resources-not-mapping.yaml', /Resources/, { line: 3 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it.each([
    ['no AWSTemplateFormatVersion', 'resource-without-type.yaml', 12],
    ['with AWSTemplateFormatVersion', 'resource-without-type-versioned.yaml', 13],
  ])(
    'a resource without Type (%s): the typed policy is still judged, and the untyped resource is a located error',
    (_case, fixture, line) => {
      const r = scanIn(withFixtures([fixture]))
      expect(findingsFor(r, fixture)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ruleId: 'KMS.1', resource: 'TypedPolicy', scope: 'all-keys' }),
        ]),
      )
      const error = expectLocatedError(r, fixture, /Type/, { line })
      expect(error.message).toMatch(/Untyped/)
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'Statement, Action and Resource of the wrong type (number, null, string, nested list): an IAM.Syntax finding each, on its line',
    () => {
      const r = scanIn(withFixtures(['wrong-element-types.yaml']))
      expect(errorsFor(r, 'wrong-element-types.yaml')).toEqual([])
      const expected: [resource: string, element: RegExp][] = [
        ['StatementNumber', /statement is the number 42/],
        ['StatementNull', /statement is null/],
        ['StatementString', /statement is the string/],
        ['StatementNestedList', /statement is a list/],
        ['ActionNumber', /Action is the number 42/],
        ['ActionNull', /Action is null/],
        ['ActionNestedList', /Action is a list/],
        ['ResourceNumber', /Resource is the number 7/],
        ['ResourceNull', /Resource is null/],
        ['ResourceNestedList', /Resource is a list/],
      ]
      for (const [resource, message] of expected) {
        const syntax = findingsFor(r, 'wrong-element-types.yaml').filter(
          (f) => f.resource === resource && f.ruleId === 'IAM.Syntax',
        )
        expect({ resource, count: syntax.length }).toEqual({ resource, count: 1 })
        expect(syntax[0].message).toMatch(message)
        expect(syntax[0].line).toBeGreaterThan(3)
        expect(syntax[0].column).toBeGreaterThanOrEqual(1)
      }
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'Fn::Sub with a variable that names nothing: an unresolved finding naming the variable',
    () => {
      const r = scanIn(withFixtures(['fn-sub-unknown-variable.yaml']))
      expect(findingsFor(r, 'fn-sub-unknown-variable.yaml')).toEqual([
        expect.objectContaining({
          ruleId: 'KMS.1',
          resource: 'SubPolicy',
          scope: 'unresolved',
          line: 10,
          column: 13,
          message: expect.stringContaining('NoSuchAccount'),
        }),
      ])
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'Fn::If naming a condition Conditions does not define: the worst branch is reported, and the user is told the condition is missing',
    () => {
      const r = scanIn(withFixtures(['fn-if-missing-condition.yaml']))
      expect(findingsFor(r, 'fn-if-missing-condition.yaml')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ruleId: 'KMS.1', resource: 'IfPolicy', scope: 'all-keys', line: 12 }),
        ]),
      )
      // CloudFormation rejects the template; the report must say why, not only "in the variant NoSuchCondition=true".
      expect(messagesFor(r, 'fn-if-missing-condition.yaml').join('\n')).toMatch(
        /NoSuchCondition[^\n]*(not define|undefined|missing|no such|unknown)/i,
      )
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'self-referencing intrinsics (Fn::Join containing itself, a Statement list containing itself, a parameter defaulting to itself): each is reported',
    () => {
      const r = scanIn(withFixtures(['intrinsics-self-reference.yaml']))
      expectNoInternalError(r)
      for (const resource of ['JoinLoopPolicy', 'StatementLoopPolicy', 'ParamLoopPolicy']) {
        const about = findingsFor(r, 'intrinsics-self-reference.yaml').filter((f) => f.resource === resource)
        const errors = errorsFor(r, 'intrinsics-self-reference.yaml')
        expect({ resource, told: about.length + errors.length > 0 }).toEqual({ resource, told: true })
      }
      // The Statement list that holds itself still holds an Allow kms:Decrypt on "*".
      expect(findingsFor(r, 'intrinsics-self-reference.yaml')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ruleId: 'KMS.1', resource: 'StatementLoopPolicy', scope: 'all-keys' }),
        ]),
      )
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'intrinsics nested 150 deep in JSON: a located error that says so (deeper than 100 levels is refused)',
    () => {
      const r = scanIn(withFixtures(['intrinsics-deep.json']))
      expect(findingsFor(r, 'intrinsics-deep.json')).toEqual([])
      expectLocatedError(r, 'intrinsics-deep.json', /nested deeper than 100 levels/, { line: 1 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'Fn::If explosion (300 conditions, 2^300 variants): quick, and the "*" behind the last condition is not silently missed',
    () => {
      const r = scanIn(workspace({ 'if-explosion.yaml': ifExplosion() }))
      expectTold(r, 'if-explosion.yaml')
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'Fn::If nested 90 deep with "*" in the innermost branch: quick, and not silently missed',
    () => {
      const r = scanIn(workspace({ 'if-chain.json': ifChain() }))
      expectTold(r, 'if-chain.json')
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'a PolicyDocument that is an invalid JSON string: an IAM.Syntax finding at the string, and an unresolved verdict',
    () => {
      const r = scanIn(withFixtures(['policy-document-invalid-json.yaml']))
      expect(findingsFor(r, 'policy-document-invalid-json.yaml')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: 'IAM.Syntax',
            resource: 'TextPolicy',
            line: 7,
            message: expect.stringMatching(/not valid JSON/),
          }),
          expect.objectContaining({ ruleId: 'KMS.1', resource: 'TextPolicy', scope: 'unresolved' }),
        ]),
      )
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    `a template with ${MANY} resources: every policy judged, the one bad statement found on its line`,
    () => {
      const r = scanIn(workspace({ 'many.yaml': thousandsOfResources() }))
      expect(errorsFor(r, 'many.yaml')).toEqual([])
      expect(findingsFor(r, 'many.yaml')).toEqual([
        expect.objectContaining({
          ruleId: 'KMS.2',
          resource: `Role${MANY_BAD}`,
          scope: 'all-keys',
          line: MANY_BAD_STATEMENT_LINE,
          column: 17,
        }),
      ])
      expect(r.summary.policies).toBe(MANY + 2)
      expectSane(r)
    },
    TIMEOUT,
  )

  it(
    'empty and whitespace-only files are skipped and counted, without an error',
    () => {
      const r = scanIn(withFixtures(['empty.yaml', 'whitespace-only.json']))
      expect(r.errors).toEqual([])
      expect(findingsFor(r, 'empty.yaml')).toEqual([])
      expect(findingsFor(r, 'whitespace-only.json')).toEqual([])
      expect(r.summary).toEqual(expect.objectContaining({ files: 4, templates: 2, skipped: 2, errors: 0 }))
      expectSane(r)
    },
    TIMEOUT,
  )
})

// =====================================================================================================

describe('symbolic links are not followed, and never silently', () => {
  const OUTSIDE_TEMPLATE = GOOD_YAML.replaceAll('GoodManagedPolicy', 'OutsidePolicy')

  /** root/ holds the good templates and links: a loop, a link to root itself, links out of root, a dangling one. */
  function linkedTree(): { root: string } {
    const base = workspace({ 'outside/secret.yaml': OUTSIDE_TEMPLATE }, { good: false })
    const root = path.join(base, 'root')
    mkdirSync(path.join(root, 'sub'), { recursive: true })
    writeFileSync(path.join(root, GOOD_YAML_NAME), GOOD_YAML)
    writeFileSync(path.join(root, GOOD_JSON_NAME), GOOD_JSON)
    symlinkSync('..', path.join(root, 'sub', 'loop'))
    symlinkSync(root, path.join(root, 'self'))
    symlinkSync(path.join(base, 'outside'), path.join(root, 'outside-dir'))
    symlinkSync(path.join(base, 'outside', 'secret.yaml'), path.join(root, 'outside-file.yaml'))
    symlinkSync('ping.yaml', path.join(root, 'pong.yaml'))
    symlinkSync('pong.yaml', path.join(root, 'ping.yaml'))
    symlinkSync('nowhere.yaml', path.join(root, 'dangling.yaml'))
    return { root }
  }

  it(
    'a folder with link loops and links out of the scanned root: finishes, scans only the real files',
    () => {
      const { root } = linkedTree()
      for (const paths of [['.'], ['**/*.yaml', '**/*.json']]) {
        const r = scanIn(root, paths)
        expect(r.findings.filter((f) => f.resource === 'OutsidePolicy' || /outside|loop|self/.test(f.file))).toEqual([])
        expect(r.summary.files).toBe(2)
        expect(r.errors).toEqual([])
        expectSane(r)
      }
    },
    TIMEOUT,
  )

  it.each(['outside-file.yaml', 'ping.yaml', 'dangling.yaml'])(
    'naming the link %s explicitly is not silently a scan of nothing',
    (link) => {
      const { root } = linkedTree()
      const r = scanIn(root, [link])
      // Either the link the user named is read, or they are told it was not: 0 files and 0 errors is a silent pass.
      expect(r.errors.length + r.summary.files).toBeGreaterThan(0)
      for (const error of r.errors) expect(error.file).toBe(link)
      expectNoStackTraces(r)
    },
    TIMEOUT,
  )
})

describe('file names with spaces, unicode and markdown characters', () => {
  const NAMES = [
    'dir with spaces/my template.yaml',
    'ünïcødé/ключ 🔑 鍵.yaml',
    '![logo](img).yaml',
    '**bold** _em_ `code`.yaml',
    '[link](url) # heading.json',
    '| table | > quote ~~strike~~.yaml',
  ]
  const template = (name: string): string =>
    name.endsWith('.json')
      ? JSON.stringify(JSON.parse(GOOD_JSON.replace('GoodRole', 'NamedRole')))
      : GOOD_YAML.replaceAll('GoodManagedPolicy', 'NamedPolicy')
  const files = (): Files => Object.fromEntries(NAMES.map((n) => [n, template(n)]))

  it(
    'a folder scan reports each file under its exact name',
    () => {
      const r = scanIn(workspace(files()))
      expect(r.errors).toEqual([])
      for (const name of NAMES) expect({ name, findings: findingsFor(r, name).length }).toEqual({ name, findings: 1 })
      expectSane(r)
    },
    TIMEOUT,
  )

  it.each(NAMES)(
    'naming %s explicitly (relative) scans exactly that file',
    (name) => {
      const dir = workspace(files())
      const r = scanIn(dir, [name])
      expect(r.errors).toEqual([])
      expect(r.summary.files).toBe(1)
      expect(r.findings.map((f) => f.file)).toEqual([name])
    },
    TIMEOUT,
  )

  it.each(NAMES)(
    'naming %s explicitly (absolute) scans exactly that file',
    (name) => {
      const dir = workspace(files())
      const r = scanIn(dir, [path.join(dir, name)])
      expect(r.errors).toEqual([])
      expect(r.summary.files).toBe(1)
      expect(r.findings.map((f) => f.file)).toEqual([name])
    },
    TIMEOUT,
  )
})

// =====================================================================================================

/** Fixture files and generated ones, by what a correct scanner must do with each. */
const MUST_ERROR = [
  'malformed.yaml',
  'malformed.json',
  'binary.yaml',
  'unknown-yaml-tag.yaml',
  'resources-not-mapping.yaml',
  'resource-without-type.yaml',
  'resource-without-type-versioned.yaml',
  'gen-too-big.yaml',
  'gen-deep.yaml',
  'several-documents-template-first.yaml',
  'several-documents-template-second.yaml',
  'empty-resources.yaml',
  'versioned-without-resources.yaml',
]
/** Must scan without an error and report their KMS finding. */
const MUST_SCAN = ['utf8-bom.json', 'utf16le-bom.yaml', 'gen-many.yaml']
/** Must be reported somehow: a finding or (at most one) error. */
const MUST_TELL = [
  'duplicate-keys.yaml',
  'duplicate-keys.json',
  'alias-bomb-policy.yaml',
  'alias-bomb-elsewhere.yaml',
  'unknown-tag.yaml',
  'wrong-element-types.yaml',
  'fn-sub-unknown-variable.yaml',
  'fn-if-missing-condition.yaml',
  'intrinsics-self-reference.yaml',
  'intrinsics-deep.json',
  'policy-document-invalid-json.yaml',
  'gen-deep-metadata.json',
  'gen-deep-policy.json',
  'gen-if-explosion.yaml',
  'gen-if-chain.json',
]
const MUST_SKIP = [
  'empty.yaml',
  'whitespace-only.json',
  'only-comments.yaml',
  'several-documents-kubernetes.yaml',
  'org-formation-organization.yaml',
]
/** Cannot be parsed and do not look like templates: counted apart, never an error. */
const MUST_COUNT_UNPARSEABLE = [
  'tsconfig-with-comments.json',
  'trailing-commas.json',
  'visual-studio.sln.template',
  'helm-chart.yaml',
  'cookiecutter-sam-template.yaml',
  'build-placeholders.template',
]

describe('a folder mixing every bad input with two good templates', () => {
  it('every file is accounted for in the lists above', () => {
    const fixtures = readdirSync(BAD).sort()
    const listed = [...MUST_ERROR, ...MUST_SCAN, ...MUST_TELL, ...MUST_SKIP, ...MUST_COUNT_UNPARSEABLE]
      .filter((f) => !f.startsWith('gen-'))
      .sort()
    expect(listed).toEqual(fixtures)
  })

  it(
    'reports every good finding, exactly one located error per unreadable file, and something for every other bad file',
    () => {
      const dir = withFixtures(readdirSync(BAD), {
        'gen-too-big.yaml': templateOfSize(MAX_FILE_BYTES + 1),
        'gen-deep.yaml': deepYamlInPolicy(),
        'gen-deep-metadata.json': deepJsonInMetadata(),
        'gen-deep-policy.json': deepJsonInPolicy(),
        'gen-if-explosion.yaml': ifExplosion(),
        'gen-if-chain.json': ifChain(),
        'gen-many.yaml': thousandsOfResources(),
      })
      const r = scanIn(dir)
      expectSane(r)
      expectNoInternalError(r)
      // Collected, so one run shows every file that is handled wrongly.
      const problems: string[] = []
      for (const file of MUST_ERROR) {
        const errors = errorsFor(r, file)
        if (errors.length !== 1) problems.push(`${file}: expected exactly one error, got ${errors.length}`)
        else if (errors[0].line < 1 || errors[0].column < 1)
          problems.push(`${file}: error without a place (${errors[0].line}:${errors[0].column})`)
      }
      for (const file of MUST_SCAN) {
        if (errorsFor(r, file).length > 0)
          problems.push(
            `${file}: expected no error, got ${errorsFor(r, file)
              .map((e) => e.message)
              .join('; ')}`,
          )
        if (!findingsFor(r, file).some((f) => f.ruleId.startsWith('KMS.') && f.scope === 'all-keys'))
          problems.push(`${file}: its all-keys finding is missing`)
      }
      for (const file of MUST_TELL) {
        const errors = errorsFor(r, file)
        if (errors.length + findingsFor(r, file).length === 0) problems.push(`${file}: nothing reported (silent pass)`)
        if (errors.length > 1) problems.push(`${file}: ${errors.length} errors for one file`)
        for (const e of errors) if (e.line < 1 || e.column < 1) problems.push(`${file}: error without a place`)
      }
      for (const file of MUST_SKIP) {
        if (errorsFor(r, file).length + findingsFor(r, file).length > 0)
          problems.push(`${file}: expected to be skipped quietly`)
      }
      for (const file of MUST_COUNT_UNPARSEABLE) {
        if (errorsFor(r, file).length + findingsFor(r, file).length > 0)
          problems.push(`${file}: expected to be counted as unparseable, not reported`)
        if (!r.unparseable.some((e) => e.file === file && e.line >= 1 && e.column >= 1))
          problems.push(`${file}: not listed, with a place, among the unparseable files`)
      }
      expect(problems).toEqual([])
      expect(r.summary.skipped).toBe(MUST_SKIP.length)
      expect(r.summary.unparseable).toBe(MUST_COUNT_UNPARSEABLE.length)
      expect(r.summary.files).toBe(
        2 + MUST_ERROR.length + MUST_SCAN.length + MUST_TELL.length + MUST_SKIP.length + MUST_COUNT_UNPARSEABLE.length,
      )
    },
    TIMEOUT,
  )
})

// =====================================================================================================

describe('unknown is never pass: a policy that cannot be evaluated is reported', () => {
  /** `document` is the text after `PolicyDocument:` (an inline value, or an indented block starting with a newline). */
  const template = (parameters: string, document: string): string => `AWSTemplateFormatVersion: "2010-09-09"
${parameters}Resources:
  Subject:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:${document}
`
  const statements = (...lists: string[][]): string => `
        Version: "2012-10-17"
        Statement:
${lists.map((lines) => lines.map((l, i) => `${i === 0 ? '          - ' : '            '}${l}`).join('\n')).join('\n')}`
  const param = (name: string, type = 'String'): string => `Parameters:\n  ${name}:\n    Type: ${type}\n`

  const CASES: [title: string, text: string, expectation: 'unresolved' | 'syntax'][] = [
    [
      'a parameter without Default in Resource',
      template(param('KeyArn'), statements(['Effect: Allow', 'Action: kms:Decrypt', 'Resource: !Ref KeyArn'])),
      'unresolved',
    ],
    [
      'a parameter without Default in Action',
      template(param('Act'), statements(['Effect: Allow', 'Action: !Ref Act', 'Resource: "*"'])),
      'unresolved',
    ],
    [
      'a parameter without Default as the Effect',
      template(param('Eff'), statements(['Effect: !Ref Eff', 'Action: kms:Decrypt', 'Resource: "*"'])),
      'unresolved',
    ],
    [
      'an SSM parameter type in Resource',
      template(
        param('KeyArn', 'AWS::SSM::Parameter::Value<String>'),
        statements(['Effect: Allow', 'Action: kms:Decrypt', 'Resource: !Ref KeyArn']),
      ),
      'unresolved',
    ],
    [
      'Fn::ImportValue in Resource',
      template('', statements(['Effect: Allow', 'Action: kms:Decrypt', 'Resource: !ImportValue SharedKeyArn'])),
      'unresolved',
    ],
    [
      'Fn::ImportValue in NotResource',
      template('', statements(['Effect: Allow', 'Action: kms:Decrypt', 'NotResource: !ImportValue SharedKeyArn'])),
      'unresolved',
    ],
    [
      'Fn::ImportValue in a Deny that may or may not cancel an Allow on "*"',
      template(
        '',
        statements(
          ['Effect: Allow', 'Action: kms:Decrypt', 'Resource: "*"'],
          ['Effect: Deny', 'Action: kms:Decrypt', 'NotResource: !ImportValue SharedKeyArn'],
        ),
      ),
      'unresolved',
    ],
    ['Fn::ImportValue as the whole PolicyDocument', template('', ' !ImportValue SharedPolicyDocument'), 'unresolved'],
    [
      'Fn::ImportValue as the Statement',
      template('', '\n        Version: "2012-10-17"\n        Statement: !ImportValue SharedStatements'),
      'unresolved',
    ],
    [
      'a dynamic reference in Resource',
      template(
        '',
        statements(['Effect: Allow', 'Action: kms:Decrypt', "Resource: '{{resolve:ssm:/keys/app-key-arn}}'"]),
      ),
      'unresolved',
    ],
    [
      'a parameter without Default as the whole document text',
      template(param('DocText'), ' !Sub "${DocText}"'),
      'unresolved',
    ],
    [
      'a PolicyDocument string that is not JSON',
      template('', ` '{"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}'`),
      'syntax',
    ],
    ['a Statement that is a number', template('', '\n        Version: "2012-10-17"\n        Statement: 42'), 'syntax'],
    [
      'a Statement that is a string',
      template('', '\n        Version: "2012-10-17"\n        Statement: "Allow kms:Decrypt on *"'),
      'syntax',
    ],
    [
      'a Statement list holding a list',
      template(
        '',
        '\n        Version: "2012-10-17"\n        Statement:\n          - [{Effect: Allow, Action: kms:Decrypt, Resource: "*"}]',
      ),
      'syntax',
    ],
    ['a PolicyDocument that is a number', template('', ' 42'), 'syntax'],
  ]

  it.each(CASES)(
    '%s',
    (_title, text, expectation) => {
      const r = scanIn(workspace({ 'subject.yaml': text }))
      const about = findingsFor(r, 'subject.yaml').filter((f) => f.resource === 'Subject')
      const errors = errorsFor(r, 'subject.yaml')
      const told =
        errors.length > 0 ||
        about.some((f) => (expectation === 'unresolved' ? f.scope === 'unresolved' : f.ruleId === 'IAM.Syntax'))
      expect({
        told,
        errors: errors.map((e) => e.message),
        findings: about.map((f) => `${f.ruleId}/${f.scope}`),
      }).toEqual({ told: true, errors: expect.any(Array), findings: expect.any(Array) })
      for (const f of about.filter((x) => x.scope === 'unresolved')) expect(f.message).toMatch(/depends on/)
      expectSane(r)
    },
    TIMEOUT,
  )
})

// =====================================================================================================

describe('the built CLI on hostile input', () => {
  beforeAll(requireFreshDist)
  it(
    'prints no stack trace, exits 1 (unreadable templates fail the gate), and still reports the good templates',
    () => {
      expect(existsSync(CLI)).toBe(true)
      const dir = withFixtures(
        [
          'malformed.yaml',
          'malformed.json',
          'binary.yaml',
          'unknown-yaml-tag.yaml',
          'wrong-element-types.yaml',
          'empty.yaml',
        ],
        {
          'deep-metadata.json': deepJsonInMetadata(),
        },
      )
      for (const format of ['text', 'json']) {
        const run = spawnSync(process.execPath, [CLI, '.', '--format', format], {
          cwd: dir,
          encoding: 'utf8',
          timeout: HANG_GUARD_MS,
          env: { ...process.env, NO_COLOR: '1' },
        })
        expect(run.error).toBeUndefined()
        expect(run.status).toBe(1)
        const output = `${run.stdout}\n${run.stderr}`
        expect(output).not.toMatch(STACK_LINE)
        expect(output).not.toMatch(SOURCE_REF)
        expect(output).toContain(GOOD_YAML_NAME)
        expect(output).toContain(GOOD_JSON_NAME)
        if (format === 'json') {
          const report = JSON.parse(run.stdout) as { errors: Diagnostic[]; findings: Finding[] }
          for (const file of ['malformed.yaml', 'malformed.json', 'binary.yaml', 'unknown-yaml-tag.yaml']) {
            expect({
              file,
              errors: report.errors.filter((e) => e.file === file && e.line >= 1 && e.column >= 1).length,
            }).toEqual({ file, errors: 1 })
          }
        }
      }
    },
    TIMEOUT,
  )
})

describe('the built CLI on files found beside templates in real repositories, each alone', () => {
  beforeAll(requireFreshDist)
  it.each(SHAPES.map((shape) => [shape.fixture, shape] as const))(
    '%s: its exit status, error and summary line',
    (fixture, shape) => {
      const dir = withFixtures([fixture], {})
      // Alone, a file that is no template leaves the scan empty: allowed here, to see how the file itself is taken.
      const run = spawnSync(process.execPath, [CLI, fixture, '--allow-empty', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: HANG_GUARD_MS,
      })
      expect(run.status).toBe(shape.status)
      const report = JSON.parse(run.stdout) as { errors: Diagnostic[] }
      expect(report.errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual(shape.error ? [shape.error] : [])
      const text = spawnSync(process.execPath, [CLI, fixture, '--allow-empty'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: HANG_GUARD_MS,
        env: { ...process.env, NO_COLOR: '1' },
      })
      expect(text.status).toBe(shape.status)
      const closing = text.stdout.trimEnd().split('\n').pop()!
      // The closing line ends with the time the run took.
      expect(closing).toMatch(/; \d+\.\d\d s$/)
      expect(closing.replace(/; \d+\.\d\d s$/, '')).toBe(shape.cli)
      expect(`${text.stdout}\n${text.stderr}`).not.toMatch(STACK_LINE)
    },
    TIMEOUT,
  )

  it('--verbose lists the files that could not be parsed and do not look like templates, with their places', () => {
    const files = [
      'tsconfig-with-comments.json',
      'helm-chart.yaml',
      'cookiecutter-sam-template.yaml',
      'build-placeholders.template',
    ]
    const dir = withFixtures(files, {})
    const run = spawnSync(process.execPath, [CLI, ...files, '--verbose', '--allow-empty'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      [
        '4 files could not be parsed and do not look like templates:',
        '  build-placeholders.template:10:24  YAML: bad indentation of a mapping entry (%TEMPLATE_BUCKET_NAME% is a build placeholder, not judged until the build replaces it)',
        '  cookiecutter-sam-template.yaml:13:8  YAML: missed comma between flow collection entries (a Jinja template, not judged until rendered)',
        '  helm-chart.yaml:6:7  YAML: missed comma between flow collection entries',
        '  tsconfig-with-comments.json:3:5  JSON: invalid comment token',
      ].join('\n'),
    )
    const quiet = spawnSync(process.execPath, [CLI, ...files, '--allow-empty'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
    })
    expect(quiet.stdout).not.toContain('tsconfig-with-comments.json')
    expect(quiet.stdout).toContain('4 files could not be parsed and do not look like templates')
  })
})
