/**
 * A plan's findings located in the configuration beside it: test/fixtures/terraform-plan-beside-config, whose
 * plan.json is made from its .tf files by `../terraform-plans/regenerate.sh DIR -var 'shared_keys=*'`.
 */
import { afterAll, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareWithBase } from '../../src/scan/baseline.js'
import { runScan } from '../../src/scan/run.js'
import type { Finding } from '../../src/findings.js'
import { scan, type ScanOptions } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'
import { removeProjects, Repo } from '../suppress/helpers.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const DIR = 'test/fixtures/terraform-plan-beside-config'
const temp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-plan-source-'))
afterAll(() => {
  rmSync(temp, { recursive: true, force: true })
  removeProjects()
})

const scanOf = async (paths: string[], cwd = ROOT) => {
  await startHcl()
  return scan({ paths, cwd, today: '2026-12-01' })
}
const brief = (findings: { ruleId: string; level: string; file: string; line: number; column: number }[]) =>
  findings.map((f) => [f.ruleId, f.level, f.file.replace(`${DIR}/`, ''), f.line, f.column])

/** Each statement where the .tf files write it, as the plan judges it (shared_keys = "*" in the plan). */
const IN_SOURCE = [
  ['KMS.4', 'warning', 'main.tf', 22, 3],
  ['KMS.2', 'error', 'main.tf', 26, 3],
  ['KMS.2', 'error', 'main.tf', 26, 3],
  ['KMS.1', 'error', 'main.tf', 45, 7],
  ['KMS.FullAccess', 'error', 'main.tf', 45, 7],
  ['KMS.2', 'error', 'main.tf', 60, 7],
  ['KMS.2', 'error', 'modules/team/main.tf', 10, 9],
]

test('a plan given alone: each finding at the statement in the .tf files beside it (the parser started for it)', async () => {
  // No .tf file is among the paths: the scan starts the HCL parser because the plan has .tf files beside it.
  const { result } = await runScan({ cwd: ROOT, paths: [`${DIR}/plan.json`], ignore: [], parameters: {} })
  expect(brief(result.findings)).toEqual(IN_SOURCE)
  expect(
    result.findings.map((f) => [f.resource, f.endLine, f.resourceLine, f.resourceType]).filter((_, i) => i > 0),
  ).toEqual([
    ['aws_iam_role_policy.reader[0]', 30, 29, 'aws_iam_role_policy'],
    ['aws_iam_role_policy.reader[1]', 30, 29, 'aws_iam_role_policy'],
    ['aws_iam_policy.deploy', 49, 48, 'aws_iam_policy'],
    ['aws_iam_policy.deploy', 49, 48, 'aws_iam_policy'],
    ['aws_iam_user_policy.ops', 64, 63, 'aws_iam_user_policy'],
    ['module.team.aws_iam_role.ci', 14, 13, 'aws_iam_role'],
  ])
  expect(result.errors).toEqual([])
})

test('fixes are written as the .tf file writes the statement, naming the one key', async () => {
  const result = await scanOf([`${DIR}/plan.json`])
  expect(result.findings.map((f) => [f.ruleId, f.resource, f.fix])).toEqual([
    ['KMS.4', 'aws_kms_key.data', 'enable_key_rotation = true'],
    ['KMS.2', 'aws_iam_role_policy.reader[0]', 'Name the keys: resources = [aws_kms_key.data.arn]'],
    ['KMS.2', 'aws_iam_role_policy.reader[1]', 'Name the keys: resources = [aws_kms_key.data.arn]'],
    ['KMS.1', 'aws_iam_policy.deploy', 'Name the keys: Resource = aws_kms_key.data.arn'],
    [
      'KMS.FullAccess',
      'aws_iam_policy.deploy',
      'Grant only the KMS actions the principal needs (for example kms:Decrypt, kms:GenerateDataKey) on the keys it uses: Resource = aws_kms_key.data.arn',
    ],
    ['KMS.2', 'aws_iam_user_policy.ops', 'Name the keys: Resource = aws_kms_key.data.arn'],
    ['KMS.2', 'module.team.aws_iam_role.ci', 'Name the keys: Resource = aws_kms_key.data.arn'],
  ])
})

test('the folder with its .tf files and the plan: each grant once, at the worse level of the two', async () => {
  const tf = await scanOf([`${DIR}/main.tf`])
  // The .tf files alone do not know shared_keys; the plan was made with "*".
  expect(brief(tf.findings.filter((f) => f.resource === 'aws_iam_user_policy.ops'))).toEqual([
    ['KMS.2', 'warning', 'main.tf', 60, 7],
  ])
  const both = await scanOf([DIR])
  expect(brief(both.findings)).toEqual([
    ['KMS.3', 'warning', 'main.tf', 21, 1],
    ...IN_SOURCE.slice(0, 5),
    ['KMS.2', 'error', 'main.tf', 60, 7],
    ...IN_SOURCE.slice(6),
  ])
  expect(both.summary.findings).toBe(8)
})

test('a resource the .tf files do not declare stays at its value in the plan', async () => {
  const dir = path.join(temp, 'without-module')
  cpSync(path.join(ROOT, DIR), dir, { recursive: true })
  rmSync(path.join(dir, 'modules'), { recursive: true })
  const result = await scanOf(['plan.json'], dir)
  expect(brief(result.findings).slice(-1)).toEqual([['KMS.2', 'error', 'plan.json', 114, 75]])
  expect(result.findings.at(-1)!.resource).toBe('module.team.aws_iam_role.ci')
  expect(brief(result.findings).slice(0, -1)).toEqual(IN_SOURCE.slice(0, -1))
})

test('a suppression comment in the .tf file covers the plan finding located there', async () => {
  const dir = path.join(temp, 'suppressed')
  cpSync(path.join(ROOT, DIR), dir, { recursive: true })
  const main = path.join(dir, 'main.tf')
  writeFileSync(
    main,
    readFileSync(main, 'utf8').replace(
      'resource "aws_iam_policy" "deploy" {',
      '# cfn-kms-check:ignore KMS.1 reason="deploy role, reviewed" expires=2999-01-01\nresource "aws_iam_policy" "deploy" {',
    ),
  )
  const result = await scanOf(['plan.json'], dir)
  expect(result.suppressed.map((f) => [f.ruleId, f.file, f.line, f.resource, f.suppression?.source])).toEqual([
    ['KMS.1', 'main.tf', 46, 'aws_iam_policy.deploy', 'main.tf:40'],
  ])
})

test('new findings only: a plan finding located in a .tf file that the base commit already had is old', async () => {
  const fixture = (file: string) => readFileSync(path.join(ROOT, DIR, file), 'utf8')
  const repo = Repo.init()
  const files = {
    'infra/main.tf': fixture('main.tf'),
    'infra/modules/team/main.tf': fixture('modules/team/main.tf'),
    'infra/plan.json': fixture('plan.json'),
  }
  const baseSha = repo.commit('base', files)
  repo.commit('head', { 'infra/main.tf': `# moved down by a comment\n${files['infra/main.tf']}` })
  await startHcl()
  const options: ScanOptions = { paths: ['infra/plan.json'], cwd: repo.dir, today: '2026-12-01' }
  const result = compareWithBase(scan(options), baseSha, options)
  expect(result.findings).toEqual([])
  expect(brief(result.baseline).map((f) => f[3])).toEqual([23, 27, 27, 46, 46, 61, 10])
})

test("a role's inline policies known only after apply are not judged where its .tf files write none; a plan alone keeps them unresolved", async () => {
  // test/fixtures/terraform-plan-computed-inline-policy: a role without inline_policy blocks, and its policy as a
  // resource of its own (regenerate.sh DIR).
  const fixture = 'test/fixtures/terraform-plan-computed-inline-policy'
  const beside = await scanOf([fixture])
  expect(beside.errors).toEqual([])
  expect(beside.findings.map((f) => [f.ruleId, f.scope, path.basename(f.file), f.line, f.resource])).toEqual([
    ['KMS.2', 'all-keys', 'main.tf', 31, 'aws_iam_role_policy.plain'],
  ])
  // The plan alone cannot tell a role without blocks from blocks over values not known yet.
  const alone = path.join(temp, 'plan-alone')
  cpSync(path.join(ROOT, fixture, 'plan.json'), path.join(alone, 'plan.json'), { recursive: true })
  const planOnly = await scanOf([alone], temp)
  expect(planOnly.findings.filter((f) => f.resource === 'aws_iam_role.plain').map((f) => [f.ruleId, f.scope])).toEqual([
    ['KMS.2', 'unresolved'],
    ['KMS.FullAccess', 'unresolved'],
  ])
})

test("a permission set's inline policy: the plan knows the permission set only after apply; with the .tf files beside it, it is judged in the permission set, once", async () => {
  const fixture = 'test/fixtures/terraform-plan-permission-set'
  const seen = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.resource, f.fix])
  const inSource = [
    'KMS.2',
    `${fixture}/main.tf`,
    33,
    3,
    'aws_ssoadmin_permission_set.readers',
    'Name the keys: resources = ["arn:aws:kms:<region>:<account-id>:key/<key-id>"]',
  ]
  expect(seen((await scanOf([`${fixture}/plan.json`])).findings)).toEqual([inSource])
  expect(seen((await scanOf([fixture])).findings)).toEqual([inSource])
  // Alone, the plan judges it at its own address, inside the policy's JSON text.
  const alone = path.join(temp, 'permission-set-plan.json')
  cpSync(path.join(ROOT, fixture, 'plan.json'), alone)
  expect(seen((await scanOf([alone], temp)).findings)).toEqual([
    [
      'KMS.2',
      'permission-set-plan.json',
      35,
      162,
      'aws_ssoadmin_permission_set_inline_policy.readers',
      'In the policy\'s JSON text, name the keys: "Resource": "arn:aws:kms:<region>:<account-id>:key/<key-id>"',
    ],
  ])
})

test("AWS managed policies a plan's attachments give (a module's too): KMS.Effective from the plan alone, at the ARN the attachment holds; a role's own Deny counts", async () => {
  const fixture = 'test/fixtures/terraform-plan-attachments'
  const effective = (findings: Finding[]) =>
    findings.filter((f) => f.ruleId === 'KMS.Effective').map((f) => [f.file, f.line, f.column, f.resource, f.policy])
  const alone = path.join(temp, 'attachments-plan.json')
  cpSync(path.join(ROOT, fixture, 'plan.json'), alone)
  // aws_iam_role.ops attaches PowerUserAccess, and its own policy denies decryption: nothing to report.
  expect(effective((await scanOf([alone], temp)).findings)).toEqual([
    ['attachments-plan.json', 93, 31, 'module.deploy.aws_iam_role.this', 'AdministratorAccess'],
  ])
  // With the .tf files beside it, at the argument of the module that attaches it, once.
  expect(effective((await scanOf([`${fixture}/plan.json`])).findings)).toEqual([
    [`${fixture}/modules/role/main.tf`, 20, 16, 'module.deploy.aws_iam_role.this', 'AdministratorAccess'],
  ])
  expect(effective((await scanOf([fixture])).findings)).toEqual([
    [`${fixture}/modules/role/main.tf`, 20, 16, 'module.deploy.aws_iam_role.this', 'AdministratorAccess'],
  ])
})
