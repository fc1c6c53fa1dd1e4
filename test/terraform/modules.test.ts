/**
 * Terraform modules (test/fixtures/terraform/<what they show>) judged by the same rules as templates:
 * each finding at the exact file and line of the statement, with the Terraform address and type.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const DIR = 'test/fixtures/terraform'

beforeAll(async () => {
  await startHcl()
})

function scanModule(name: string, parameters: Record<string, string> = {}) {
  return scan({ paths: [`${DIR}/${name}`], cwd: ROOT, parameters, today: '2026-12-01' })
}

const brief = (r: ReturnType<typeof scanModule>) =>
  r.findings.map((f) => [f.ruleId, f.level, f.file.replace(`${DIR}/`, ''), f.line, f.resource, f.resourceType])

describe('identity policies', () => {
  test('a policy document used by a role policy: KMS.2 at the statement block, under the consumer address', () => {
    const result = scanModule('policy-document-decrypt-all-keys')
    expect(brief(result)).toEqual([
      [
        'KMS.2',
        'error',
        'policy-document-decrypt-all-keys/main.tf',
        17,
        'aws_iam_role_policy.worker',
        'aws_iam_role_policy',
      ],
    ])
    expect(result.findings[0]).toMatchObject({ scope: 'all-keys', sid: 'ReadSecrets', resourceLine: 20, column: 3 })
    expect(result.findings[0].fix).toContain('resources = ["arn:${data.aws_partition.current.partition}')
    expect(result.errors).toEqual([])
  })

  test('jsonencode in aws_iam_policy: KMS.1 and KMS.FullAccess at the statement object', () => {
    expect(brief(scanModule('jsonencode-full-access'))).toEqual([
      ['KMS.1', 'error', 'jsonencode-full-access/main.tf', 6, 'aws_iam_policy.admin', 'aws_iam_policy'],
      ['KMS.FullAccess', 'error', 'jsonencode-full-access/main.tf', 6, 'aws_iam_policy.admin', 'aws_iam_policy'],
    ])
  })

  test('every inline_policy block of a role is judged, kms:ReEncryptFrom included', () => {
    const result = scanModule('role-inline-policies')
    expect(brief(result)).toEqual([
      ['KMS.2', 'error', 'role-inline-policies/main.tf', 17, 'aws_iam_role.app', 'aws_iam_role'],
    ])
    expect(result.findings[0]).toMatchObject({ policy: 'decrypt', grants: ['kms:ReEncryptFrom'] })
  })

  test('a variable without default is unresolved (warning); a value given with --parameter settles it', () => {
    const unknown = scanModule('variable-without-default')
    expect(brief(unknown)).toEqual([
      ['KMS.2', 'warning', 'variable-without-default/main.tf', 9, 'aws_iam_user_policy.ci', 'aws_iam_user_policy'],
    ])
    expect(unknown.findings[0].unresolved).toEqual(['variable key_arn (no value given, no default)'])
    expect(
      scanModule('variable-without-default', { key_arn: 'arn:aws:kms:eu-west-1:111122223333:key/abc' }).findings,
    ).toEqual([])
    const wide = scanModule('variable-without-default', { key_arn: '*' })
    expect(wide.findings[0]).toMatchObject({ level: 'error', scope: 'all-keys', parameters: { key_arn: '*' } })
  })

  test('a conditional whose test is not known offline: both arms are judged, the worst wins and is named', () => {
    const result = scanModule('conditional-both-arms')
    expect(brief(result)).toEqual([
      ['KMS.2', 'error', 'conditional-both-arms/main.tf', 18, 'aws_iam_group_policy.readers', 'aws_iam_group_policy'],
    ])
    expect(result.findings[0].condition).toBe('var.shared=true')
  })

  test('a heredoc policy is located inside the heredoc', () => {
    expect(brief(scanModule('heredoc-policy'))).toEqual([
      ['KMS.2', 'error', 'heredoc-policy/main.tf', 7, 'aws_iam_role_policy.legacy', 'aws_iam_role_policy'],
    ])
  })

  test('a document nothing uses is judged as KMS.2 under its own address, unless it names principals (a use of orphan_reader is not one of orphan)', () => {
    expect(brief(scanModule('unattached-document'))).toEqual([
      [
        'KMS.2',
        'error',
        'unattached-document/main.tf',
        2,
        'data.aws_iam_policy_document.orphan',
        'aws_iam_policy_document',
      ],
    ])
  })

  test('a local module is judged with the inputs its caller gives, under module.<name>.', () => {
    const result = scanModule('local-module-inputs')
    expect(brief(result)).toEqual([
      [
        'KMS.1',
        'error',
        'local-module-inputs/modules/reader/main.tf',
        8,
        'module.reader.aws_iam_policy.read',
        'aws_iam_policy',
      ],
    ])
  })

  test('a decrypt grant on the module own key passes', () => {
    expect(scanModule('scoped-to-own-key').findings).toEqual([])
  })
})

describe('keys', () => {
  test('a key policy is judged by KMS.5 only; a key without rotation or prevent_destroy gets KMS.4 and KMS.3', () => {
    const result = scanModule('key-public-policy-no-rotation')
    expect(brief(result)).toEqual([
      ['KMS.3', 'warning', 'key-public-policy-no-rotation/main.tf', 1, 'aws_kms_key.data', 'aws_kms_key'],
      ['KMS.4', 'warning', 'key-public-policy-no-rotation/main.tf', 1, 'aws_kms_key.data', 'aws_kms_key'],
      ['KMS.3', 'note', 'key-public-policy-no-rotation/main.tf', 3, 'aws_kms_key.data', 'aws_kms_key'],
      ['KMS.5', 'error', 'key-public-policy-no-rotation/main.tf', 8, 'aws_kms_key.data', 'aws_kms_key'],
    ])
    const fixes = result.findings.map((f) => f.fix)
    expect(fixes).toEqual(
      expect.arrayContaining([
        'lifecycle { prevent_destroy = true }',
        'enable_key_rotation = true',
        'deletion_window_in_days = 30',
      ]),
    )
  })
})

describe('suppressions and bad input', () => {
  test('a comment above the resource suppresses its finding', () => {
    const result = scanModule('suppressed-by-comment')
    expect(result.findings).toEqual([])
    expect(result.suppressed.map((f) => [f.ruleId, f.resource, f.suppression?.reason])).toEqual([
      ['KMS.2', 'aws_iam_role_policy.break_glass', 'break-glass role, reviewed by security'],
    ])
  })

  test('a comment on a resource with count or for_each, or in a called module, reaches every instance', () => {
    const result = scanModule('suppressed-instances')
    expect(brief(result)).toEqual([
      ['KMS.1', 'error', 'suppressed-instances/main.tf', 35, 'aws_iam_policy.unsuppressed', 'aws_iam_policy'],
    ])
    expect(
      result.suppressed.map((f) => [f.ruleId, f.line, f.resource, f.suppression?.source.replace(`${DIR}/`, '')]),
    ).toEqual([
      ['KMS.1', 7, 'aws_iam_policy.by_index[0]', 'suppressed-instances/main.tf:1'],
      ['KMS.1', 7, 'aws_iam_policy.by_index[1]', 'suppressed-instances/main.tf:1'],
      ['KMS.2', 17, 'aws_iam_role_policy.by_key["audit"]', 'suppressed-instances/main.tf:12'],
      ['KMS.2', 17, 'aws_iam_role_policy.by_key["billing"]', 'suppressed-instances/main.tf:12'],
      ['KMS.1', 8, 'module.first.aws_iam_policy.read', 'suppressed-instances/modules/reader/main.tf:3'],
      ['KMS.1', 8, 'module.second.aws_iam_policy.read', 'suppressed-instances/modules/reader/main.tf:3'],
    ])
    expect(result.errors).toEqual([])
  })

  test('a file that does not parse is a located error; the other file of the module is still judged', () => {
    const result = scanModule('syntax-error-beside-valid')
    expect(result.errors.map((e) => [e.file.replace(`${DIR}/`, ''), e.line])).toEqual([
      ['syntax-error-beside-valid/broken.tf', 2],
    ])
    expect(brief(result)).toEqual([
      ['KMS.1', 'error', 'syntax-error-beside-valid/valid.tf', 3, 'aws_iam_policy.valid', 'aws_iam_policy'],
    ])
  })
})

describe('module calls with count or for_each', () => {
  test('each instance is read with its own each.value or count.index: the instance given "*" is an error at the statement', () => {
    const result = scanModule('module-instances-each-value')
    expect(brief(result)).toEqual([
      [
        'KMS.1',
        'error',
        'module-instances-each-value/modules/reader/main.tf',
        13,
        'module.reader["admin"].aws_iam_policy.read',
        'aws_iam_policy',
      ],
      [
        'KMS.1',
        'error',
        'module-instances-each-value/modules/reader/main.tf',
        13,
        'module.auditor[1].aws_iam_policy.read',
        'aws_iam_policy',
      ],
    ])
    expect(result.findings.map((f) => f.scope)).toEqual(['all-keys', 'all-keys'])
    expect(result.errors).toEqual([])
  })
})

describe('what cannot deploy is not judged', () => {
  test('policy = "" is not judged; a variable whose default "" holds the place is unresolved until given', () => {
    const result = scanModule('empty-policy-placeholder')
    expect(brief(result)).toEqual([
      ['KMS.1', 'warning', 'empty-policy-placeholder/main.tf', 15, 'aws_iam_policy.policy[0]', 'aws_iam_policy'],
      [
        'KMS.FullAccess',
        'warning',
        'empty-policy-placeholder/main.tf',
        15,
        'aws_iam_policy.policy[0]',
        'aws_iam_policy',
      ],
    ])
    for (const finding of result.findings) {
      expect(finding.parameters).toEqual({})
      expect(finding.unresolved).toEqual(['variable policy (no value given; its default "" only holds the place)'])
    }
    expect(result.errors).toEqual([])
    const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] })
    expect(brief(scanModule('empty-policy-placeholder', { policy }))).toEqual([
      ['KMS.1', 'error', 'empty-policy-placeholder/main.tf', 15, 'aws_iam_policy.policy[0]', 'aws_iam_policy'],
    ])
  })

  test('a module called with for_each over nothing, or count = 0, has no instance; one called without a policy, none', () => {
    const result = scanModule('module-without-instances')
    expect(brief(result)).toEqual([
      [
        'KMS.1',
        'error',
        'module-without-instances/main.tf',
        21,
        'module.reader.aws_iam_policy.policy',
        'aws_iam_policy',
      ],
    ])
    expect(result.errors).toEqual([])
  })
})

describe('.terraform/modules/modules.json', () => {
  test('the folder terraform init recorded for a local module is read; downloaded modules are not', () => {
    const result = scanModule('installed-module-folders')
    expect(brief(result)).toEqual([
      [
        'KMS.1',
        'error',
        'installed-module-folders/modules/reader/main.tf',
        8,
        'module.reader.aws_iam_policy.read',
        'aws_iam_policy',
      ],
    ])
    expect(result.errors).toEqual([])
  })
})
