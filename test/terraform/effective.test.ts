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
