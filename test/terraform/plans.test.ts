/**
 * Plans written by `terraform show -json` (test/fixtures/terraform-plans, made by regenerate.sh from its
 * source/ folder): planned values judged by the same rules, values known only after apply unresolved.
 */
import { expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const DIR = 'test/fixtures/terraform-plans'

const brief = (file: string) =>
  scan({ paths: [`${DIR}/${file}`], cwd: ROOT }).findings.map((f) => [
    f.ruleId,
    f.level,
    f.scope,
    f.line,
    f.resource,
    f.resourceType,
  ])

const EXPECTED = [
  ['KMS.1', 'error', 'all-keys', 18, 'aws_iam_policy.reader', 'aws_iam_policy'],
  ['KMS.2', 'warning', 'unresolved', 32, 'aws_iam_role_policy.own_key', 'aws_iam_role_policy'],
  ['KMS.FullAccess', 'warning', 'unresolved', 32, 'aws_iam_role_policy.own_key', 'aws_iam_role_policy'],
  ['KMS.2', 'error', 'all-keys', 78, 'module.team.aws_iam_role.ci', 'aws_iam_role'],
]

test('planned values of root and child modules are judged at the policy value in the plan, by address', () => {
  expect(brief('plan.json')).toEqual(EXPECTED)
})

test('a policy known only after apply is unresolved and names the value', () => {
  const finding = scan({ paths: [`${DIR}/plan.json`], cwd: ROOT }).findings.find(
    (f) => f.ruleId === 'KMS.2' && f.level === 'warning',
  )!
  expect(finding.unresolved).toEqual(['aws_iam_role_policy.own_key.policy (known only after apply)'])
})

test('a plan written by PowerShell (UTF-16 with a byte order mark) reads the same', () => {
  expect(brief('plan-utf16.json')).toEqual(EXPECTED)
})

test('a plan without planned_values is a located error, and the other files are still judged', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-plan-'))
  try {
    writeFileSync(path.join(dir, 'empty-plan.json'), '{"format_version":"1.2","terraform_version":"1.11.0"}\n')
    writeFileSync(
      path.join(dir, 'role.json'),
      '{"Resources":{"R":{"Type":"AWS::IAM::ManagedPolicy","Properties":{"PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}]}}}}}\n',
    )
    const result = scan({ paths: ['.'], cwd: dir })
    expect(result.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['empty-plan.json', 1, 'a Terraform plan without planned_values: write it with terraform show -json <plan file>'],
    ])
    expect(result.findings.map((f) => [f.ruleId, f.file])).toEqual([['KMS.1', 'role.json']])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('plan fixes are written in Terraform terms: no CloudFormation intrinsic functions, no template', () => {
  const result = scan({ paths: ['examples/terraform/plan'], cwd: ROOT, today: '2026-12-01' })
  expect(result.findings.length).toBeGreaterThan(0)
  for (const finding of result.findings) expect(finding.fix).not.toMatch(/Fn::|template|!GetAtt|!Sub/)
  expect(result.findings.map((f) => f.fix)).toContain('Name the keys: "Resource": "${aws_kms_key.data.arn}"')
})
