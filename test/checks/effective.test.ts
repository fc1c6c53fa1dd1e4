/**
 * KMS.Effective through `scan()` on the templates in test/fixtures/effective: a principal's inline policies,
 * the template's policies attached to it and the AWS managed policies it names, taken together. Each case
 * lists every finding its template must give, so a template that shows one thing gives no other finding.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LevelOverrides } from '../../src/checks/context.js'
import type { Finding } from '../../src/findings.js'
import { scan } from '../../src/scan/scan.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function scanFixture(name: string, levels: LevelOverrides = {}): ReturnType<typeof scan> {
  const result = scan({ paths: [`test/fixtures/effective/${name}`], cwd: ROOT, levels })
  expect(result.errors).toEqual([])
  expect(result.summary.templates).toBe(1)
  return result
}

type Expected = Partial<Record<keyof Finding, unknown>>

const BOTH = ['kms:Decrypt', 'kms:ReEncryptFrom']
const WITNESS = expect.stringMatching(/^arn:aws:kms:[a-z]+-[a-z]+-\d:\d{12}:key\/[0-9a-f-]{36}$/)
const UNLIMITED = expect.stringContaining(
  'It has no permissions boundary. No unconditional Deny in its policies covers it.',
)
const fixFor = (policy: string, kind = 'role'): string =>
  `Attach a narrower policy than ${policy}; if the ${kind} must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary.`

/** A KMS.Effective finding at the line and column of the ARN or name that attaches `policy`. */
const at = (resource: string, line: number, column: number, policy: string, more: Expected = {}): Expected => ({
  ruleId: 'KMS.Effective',
  level: 'warning',
  scope: 'all-keys',
  resource,
  line,
  column,
  policy,
  statement: 0,
  grants: BOTH,
  witness: WITNESS,
  resourceLine: null,
  fix: fixFor(policy),
  ...more,
})

const CASES: { shows: string; fixture: string; findings: Expected[] }[] = [
  {
    shows: 'AdministratorAccess by literal ARN',
    fixture: 'administrator-access.yaml',
    findings: [
      at('DeployRole', 14, 11, 'AdministratorAccess', {
        actions: ['*'],
        sid: null,
        resourceType: 'AWS::IAM::Role',
        title:
          'KMS.Effective Role DeployRole can decrypt with any KMS key through the AWS managed policy AdministratorAccess',
        message: expect.stringMatching(
          /^Role DeployRole can decrypt with any KMS key: the AWS managed policy AdministratorAccess it attaches here allows kms:Decrypt and kms:ReEncryptFrom in Statement\[0\] \(through \*\) on Resource \["\*"\]\. It has no permissions boundary\. No unconditional Deny in its policies covers it\. For example it can decrypt with arn:aws:kms:.*Security Hub KMS\.1 and KMS\.2 judge customer policies one by one/,
        ),
      }),
    ],
  },
  {
    shows: 'PowerUserAccess through Fn::Sub and Fn::Join with AWS::Partition; the NotAction grants',
    fixture: 'power-user-partition.yaml',
    findings: [
      at('BuildRole', 13, 11, 'PowerUserAccess', {
        actions: [],
        message: expect.stringContaining(
          'in Statement[0] (through NotAction, which leaves no KMS action out) on Resource ["*"]',
        ),
      }),
      // The second entry: AWSLambdaBasicExecutionRole on the line before attaches nothing about KMS.
      at('LambdaRole', 24, 11, 'PowerUserAccess', { message: UNLIMITED }),
    ],
  },
  {
    shows: 'job-function/SystemAdministrator: kms:ReEncrypt* on "*", no kms:Decrypt',
    fixture: 'system-administrator.yaml',
    findings: [
      at('OpsRole', 13, 11, 'job-function/SystemAdministrator', {
        grants: ['kms:ReEncryptFrom'],
        actions: ['kms:ReEncrypt*'],
        message: expect.stringContaining('For example it can re-encrypt data from arn:aws:kms:'),
      }),
    ],
  },
  {
    shows: "AWS Backup's kms:ViaService-conditioned statements and ReadOnlyAccess grant nothing",
    fixture: 'conditioned-and-read-only.yaml',
    findings: [],
  },
  {
    shows: 'an unconditional inline Deny cancels; a Deny with a Condition does not',
    fixture: 'deny-cancels.yaml',
    findings: [
      at('AdminWithConditionalDeny', 33, 11, 'AdministratorAccess', {
        message: expect.stringContaining(
          'No unconditional Deny in its policies covers it. A Deny with a Condition (in NoDecryptOutsideS3) may not apply, so it is not subtracted.',
        ),
      }),
    ],
  },
  {
    shows:
      "a boundary caps: the template's one-key boundary and ReadOnlyAccess; AdministratorAccess as boundary does not",
    fixture: 'boundary.yaml',
    findings: [
      at('OpenBoundaryRole', 63, 11, 'PowerUserAccess', {
        message: expect.stringContaining('Its permissions boundary AdministratorAccess allows it too.'),
      }),
    ],
  },
  {
    shows: "a SAM Function's bare name; a Function with its own Role attaches nothing",
    fixture: 'sam-bare-name.yaml',
    findings: [
      at('Worker', 15, 11, 'AdministratorAccess', {
        resourceType: 'AWS::Serverless::Function',
        title: expect.stringContaining('SAM Function Worker'),
      }),
      // CFN.Syntax says why WithOwnRole's Policies are not judged.
      { ruleId: 'CFN.Syntax', level: 'note', resource: 'WithOwnRole', line: 22 },
    ],
  },
  {
    shows:
      "permission sets: ManagedPolicies; an inline Deny as JSON text subtracts kms:Decrypt only; ReadOnlyAccess, an AWS managed boundary that caps and a customer managed boundary (each account's own) give nothing",
    fixture: 'permission-sets.yaml',
    findings: [
      at('Administrators', 15, 11, 'AdministratorAccess', {
        resourceType: 'AWS::SSO::PermissionSet',
        title: expect.stringContaining('Permission set Administrators can decrypt with any KMS key'),
        fix: fixFor('AdministratorAccess', 'permission set'),
      }),
      at('Developers', 22, 11, 'PowerUserAccess', {
        resourceType: 'AWS::SSO::PermissionSet',
        grants: ['kms:ReEncryptFrom'],
        actions: [],
        message: expect.stringContaining(
          'The unconditional Deny statements of InlinePolicy were subtracted and do not cover it. For example it can re-encrypt data from arn:aws:kms:',
        ),
        fix: fixFor('PowerUserAccess', 'permission set'),
      }),
    ],
  },
  {
    shows: "a PermissionsBoundary in SAM Globals caps every function; a function's own boundary replaces it",
    fixture: 'sam-globals-boundary.yaml',
    findings: [
      at('Open', 22, 18, 'AdministratorAccess', {
        resourceType: 'AWS::Serverless::Function',
        message: expect.stringContaining('Its permissions boundary PowerUserAccess allows it too.'),
      }),
    ],
  },
  {
    shows: "users and groups; a group's Deny on its own account's keys leaves other accounts' keys",
    fixture: 'users-and-groups.yaml',
    findings: [
      at('Operator', 8, 11, 'PowerUserAccess', {
        resourceType: 'AWS::IAM::User',
        fix: fixFor('PowerUserAccess', 'user'),
      }),
      at('Admins', 13, 11, 'AdministratorAccess', {
        resourceType: 'AWS::IAM::Group',
        fix: fixFor('AdministratorAccess', 'group'),
        witness: expect.not.stringContaining('${AWS::AccountId}'),
        message: expect.stringContaining(
          'The unconditional Deny statements of admins-no-decrypt-in-prod were subtracted and do not cover it.',
        ),
      }),
    ],
  },
  {
    shows: 'Fn::If between ReadOnlyAccess and AdministratorAccess: the Admin branch, at its line',
    fixture: 'if-between-managed.yaml',
    findings: [
      at('PipelineRole', 22, 13, 'AdministratorAccess', {
        condition: 'IsProd=false',
        message: expect.stringContaining('In the variant IsProd=false.'),
      }),
    ],
  },
  {
    shows: "another account's policy, an import and a parameter attach nothing known",
    fixture: 'unknown-arns.yaml',
    findings: [],
  },
  {
    shows: "the template's Deny policies attached by Ref, by Roles and by RoleName cancel",
    fixture: 'template-policies.yaml',
    findings: [at('UnguardedRole', 61, 27, 'AdministratorAccess')],
  },
]

describe('KMS.Effective', () => {
  it.each(CASES)('$fixture: $shows', ({ fixture, findings }) => {
    const found = scanFixture(fixture).findings
    expect(found).toHaveLength(findings.length)
    findings.forEach((expected, i) => expect(found[i]).toMatchObject(expected))
  })

  it('takes its level from the configuration, per rule and per scope', () => {
    expect(scanFixture('administrator-access.yaml', { 'KMS.Effective': 'error' }).findings.map((f) => f.level)).toEqual(
      ['error'],
    )
    expect(scanFixture('administrator-access.yaml', { 'KMS.Effective/all-keys': 'off' }).findings).toEqual([])
  })

  it('is suppressed like every rule, by the managed policy it names', () => {
    const result = scanFixture('suppressed.yaml')
    expect(result.findings).toEqual([])
    expect(result.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'KMS.Effective',
        line: 17,
        policy: 'AdministratorAccess',
        suppression: expect.objectContaining({ reason: 'Break-glass role, reviewed by security' }),
      }),
    ])
  })

  it('keeps its fingerprint when lines above the attaching ARN move', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-effective-'))
    try {
      const text = readFileSync(path.join(ROOT, 'test/fixtures/effective/administrator-access.yaml'), 'utf8')
      const fingerprint = (content: string): Finding[] => {
        writeFileSync(path.join(dir, 'template.yaml'), content)
        return scan({ paths: ['template.yaml'], cwd: dir }).findings
      }
      const [before] = fingerprint(text)
      const [after] = fingerprint(text.replace('Resources:\n', 'Resources:\n  # a comment\n\n'))
      expect(after.line).toBe(before.line + 2)
      expect(after.fingerprint).toBe(before.fingerprint)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
