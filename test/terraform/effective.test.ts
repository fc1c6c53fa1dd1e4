/**
 * KMS.Effective on Terraform: a role, user or group with an AWS managed policy that reaches every key, through
 * `managed_policy_arns` or an attachment resource, found at the argument that attaches it.
 */
import { beforeAll, expect, test } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

beforeAll(async () => {
  await startHcl()
})

test('managed_policy_arns and attachment resources: KMS.Effective at the ARN that attaches; a Deny of its own passes', () => {
  const result = scan({
    paths: ['test/fixtures/terraform/aws-managed-policy-attachments'],
    cwd: ROOT,
    today: '2026-12-01',
  })
  expect(result.errors).toEqual([])
  expect(
    result.findings.map((f) => [
      f.ruleId,
      f.level,
      f.file.split('/').pop(),
      f.line,
      f.column,
      f.resource,
      f.resourceType,
    ]),
  ).toEqual([
    ['KMS.Effective', 'warning', 'main.tf', 5, 26, 'aws_iam_role.admin', 'aws_iam_role'],
    ['KMS.Effective', 'warning', 'main.tf', 15, 16, 'aws_iam_role.operator', 'aws_iam_role'],
    ['KMS.Effective', 'warning', 'main.tf', 30, 16, 'aws_iam_user.ci', 'aws_iam_user'],
  ])
  expect(result.findings[1].message).toContain('PowerUserAccess')
})

test('IAM Identity Center: inline policies and AWS managed policies of permission sets, each where the .tf file writes it', () => {
  const result = scan({ paths: ['test/fixtures/terraform/permission-sets'], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(
    result.findings.map((f) => [f.ruleId, f.level, f.scope, f.line, f.column, f.resource, f.resourceType, f.fix]),
  ).toEqual([
    // The inline policy is the permission set's, found through permission_set_arn; the statement block grants.
    [
      'KMS.2',
      'error',
      'all-keys',
      18,
      3,
      'aws_ssoadmin_permission_set.readers',
      'aws_ssoadmin_permission_set',
      'Name the keys: resources = ["arn:aws:kms:<region>:<account-id>:key/<key-id>"]',
    ],
    // PowerUserAccess at the ARN its attachment writes; AdministratorAccess under a ReadOnlyAccess boundary passes.
    [
      'KMS.Effective',
      'warning',
      'all-keys',
      38,
      24,
      'aws_ssoadmin_permission_set.developers',
      'aws_ssoadmin_permission_set',
      'Attach a narrower policy than PowerUserAccess; if the permission set must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary.',
    ],
    // A permission set the configuration does not make: its inline policy is judged at its own address.
    [
      'KMS.2',
      'error',
      'all-keys',
      66,
      18,
      'aws_ssoadmin_permission_set_inline_policy.existing',
      'aws_ssoadmin_permission_set_inline_policy',
      'Name the keys: Resource = "arn:aws:kms:<region>:<account-id>:key/<key-id>"',
    ],
    [
      'KMS.FullAccess',
      'error',
      null,
      66,
      18,
      'aws_ssoadmin_permission_set_inline_policy.existing',
      'aws_ssoadmin_permission_set_inline_policy',
      'Grant only the KMS actions the principal needs (for example kms:Decrypt, kms:GenerateDataKey) on the keys it uses: Resource = "arn:aws:kms:<region>:<account-id>:key/<key-id>"',
    ],
  ])
})
