/**
 * What Terraform policies are made of, one fixture per construct (test/fixtures/terraform/<what it shows>):
 * each finding at the exact line and column of the statement, under the Terraform address.
 */
import { beforeAll, expect, test } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'
import { readTerraform } from '../../src/terraform/module.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DIR = 'test/fixtures/terraform'

beforeAll(async () => {
  await startHcl()
})

function findings(name: string) {
  const result = scan({ paths: [`${DIR}/${name}`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  return result.findings.map((f) => ({
    rule: f.ruleId,
    scope: f.scope,
    at: `${path.basename(path.dirname(f.file))}/${path.basename(f.file)}:${f.line}:${f.column}`,
    resource: f.resource,
    sid: f.sid,
  }))
}

test('try: the first argument that exists wins, so a missing attribute falls back to "*"; caller data sources are one fixed account', () => {
  expect(findings('try-and-caller-data-sources')).toEqual([
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'try-and-caller-data-sources/main.tf:13:18',
      resource: 'aws_iam_policy.fallback',
      sid: null,
    },
    {
      rule: 'KMS.1',
      scope: 'account-wide',
      at: 'try-and-caller-data-sources/main.tf:37:18',
      resource: 'aws_iam_policy.own_account',
      sid: null,
    },
    // The same through each data source's id.
    {
      rule: 'KMS.1',
      scope: 'account-wide',
      at: 'try-and-caller-data-sources/main.tf:49:18',
      resource: 'aws_iam_policy.own_account_by_id',
      sid: null,
    },
  ])
})

test('count and for_each: each instance is judged under its own address; only the one on "*" fails', () => {
  expect(findings('count-and-for-each-instances')).toEqual([
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'count-and-for-each-instances/main.tf:17:18',
      resource: 'aws_iam_policy.by_index[1]',
      sid: null,
    },
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'count-and-for-each-instances/main.tf:30:18',
      resource: 'aws_iam_role_policy.by_key["audit"]',
      sid: null,
    },
  ])
})

test('dynamic "statement": one statement per entry, located at the dynamic block', () => {
  expect(findings('dynamic-statement-blocks')).toEqual([
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'dynamic-statement-blocks/main.tf:10:3',
      resource: 'aws_iam_user_policy.reader',
      sid: 'Everything',
    },
  ])
})

test('dynamic "statement" over a map: statements in the order of its keys, as Terraform makes them', () => {
  const result = scan({ paths: [`${DIR}/dynamic-statements-over-a-map`], cwd: ROOT, today: '2026-12-01' })
  expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.sid, f.statement])).toEqual([
    ['KMS.2', 10, 3, 'audit', 0],
  ])
  expect(result.findings[0].message).toContain('Statement[0] allows kms:Decrypt on Resource "*"')
})

test('not_actions and not_resources open every key: everything but IAM, every key but one', () => {
  expect(findings('not-actions-not-resources').filter((f) => f.rule !== 'KMS.3')).toEqual([
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'not-actions-not-resources/main.tf:7:3',
      resource: 'aws_iam_group_policy.ops',
      sid: 'AllButIam',
    },
    {
      rule: 'KMS.FullAccess',
      scope: null,
      at: 'not-actions-not-resources/main.tf:7:3',
      resource: 'aws_iam_group_policy.ops',
      sid: 'AllButIam',
    },
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'not-actions-not-resources/main.tf:16:3',
      resource: 'aws_iam_group_policy.reader',
      sid: 'AllButAudit',
    },
  ])
})

test('a condition block does not name keys: the grant fails and the finding names the condition key', () => {
  const result = scan({ paths: [`${DIR}/condition-blocks`], cwd: ROOT, today: '2026-12-01' })
  expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.resource, f.conditionKeys])).toEqual([
    ['KMS.1', 3, 3, 'aws_iam_policy.via_s3', ['StringEquals:kms:ViaService']],
  ])
})

test('source_policy_documents and override_policy_documents: the override replaces the statement with its sid', () => {
  expect(findings('source-and-override-documents')).toEqual([
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'source-and-override-documents/main.tf:8:3',
      resource: 'aws_iam_role_policy.app',
      sid: 'Backup',
    },
  ])
})

test('a policy document with count or for_each: the index or key picks its instance, read with its count.index or each; a splat lists them', () => {
  expect(findings('counted-policy-documents')).toEqual([
    // by_index[1] is the instance on "*"; by_index[0] names one key. The optional document grants no KMS action.
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'counted-policy-documents/main.tf:4:3',
      resource: 'aws_iam_policy.second',
      sid: null,
    },
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'counted-policy-documents/main.tf:23:3',
      resource: 'aws_iam_policy.all',
      sid: null,
    },
    // one(data...shared[*].json): the splat lists the instances, one() takes the only one.
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'counted-policy-documents/main.tf:59:3',
      resource: 'aws_iam_policy.shared[0]',
      sid: null,
    },
    // join("", ...[*].json): one item joins to itself.
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'counted-policy-documents/main.tf:59:3',
      resource: 'aws_iam_policy.shared_joined[0]',
      sid: null,
    },
  ])
})

test('operators over references are evaluated, and one known side decides && and ||: a count that is 0 deploys nothing, and a count of 1 is instance [0]', () => {
  expect(findings('operations-on-references')).toEqual([
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'operations-on-references/main.tf:8:38',
      resource: 'aws_iam_policy.both[0]',
      sid: null,
    },
    // `!local.enabled && var.extra` is false and `local.enabled || var.extra` true, whatever extra is given.
    {
      rule: 'KMS.1',
      scope: 'all-keys',
      at: 'operations-on-references/main.tf:36:38',
      resource: 'aws_iam_policy.always[0]',
      sid: null,
    },
  ])
})

test("an argument set to null is not set: no malformed policy for a module input left null, compact drops the empty branch, a caller's statements are not known", () => {
  const result = scan({ paths: [`${DIR}/null-arguments`], cwd: ROOT, today: '2026-12-01' })
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.unresolved])).toEqual([
    // In the root module, policy_json is the deployer's to give (when attach_policy_json is): unresolved.
    [
      'KMS.2',
      'unresolved',
      25,
      12,
      'aws_iam_role_policy.additional_json[0]',
      ['variable policy_json (no value given, no default)'],
    ],
    [
      'KMS.FullAccess',
      'unresolved',
      25,
      12,
      'aws_iam_role_policy.additional_json[0]',
      ['variable policy_json (no value given, no default)'],
    ],
    // A null in a list of keys is a value the configuration does not fix: unresolved, never malformed.
    ['KMS.2', 'unresolved', 45, 3, 'aws_iam_role_policy.decrypt', ['[var.key_arn] (null: no value given)']],
    // The same in one arm of a conditional: the variant that takes it is named.
    [
      'KMS.2',
      'unresolved',
      62,
      3,
      'aws_iam_role_policy.either',
      [
        'var.use_own_key ? [var.key_arn] : ["arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"] (null: no value given)',
      ],
    ],
    // Statements a caller gives: actions or not_actions, whichever it sets; not known offline, not malformed.
    ['KMS.2', 'unresolved', 91, 12, 'aws_iam_role_policy.given', ['the statement at line 79 (not known offline)']],
    [
      'KMS.FullAccess',
      'unresolved',
      91,
      12,
      'aws_iam_role_policy.given',
      ['the statement at line 79 (not known offline)'],
    ],
    // A null in one arm of an item's conditional: unresolved too, not a malformed Resource.
    [
      'KMS.2',
      'unresolved',
      96,
      3,
      'aws_iam_role_policy.item',
      [
        '[var.use_own_key ? var.key_arn : "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"] (null: no value given)',
      ],
    ],
    // And inside a policy written with jsonencode, named by the argument and its line.
    ['KMS.2', 'unresolved', 112, 18, 'aws_iam_role_policy.encoded', ['policy at line 110 (null: no value given)']],
  ])
})

test('file and templatefile read a policy kept beside the module; a template with a %{ for } is not known offline', () => {
  const result = scan({ paths: [`${DIR}/file-and-templatefile`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource])).toEqual([
    ['KMS.1', 'all-keys', 10, 12, 'aws_iam_policy.read'],
    ['KMS.1', 'all-keys', 15, 12, 'aws_iam_policy.keys'],
    ['KMS.1', 'unresolved', 23, 12, 'aws_iam_policy.loop'],
    ['KMS.FullAccess', 'unresolved', 23, 12, 'aws_iam_policy.loop'],
    // A path relative to the root module's folder, as Terraform reads it.
    ['KMS.1', 'all-keys', 28, 12, 'aws_iam_policy.relative'],
    // "${data.aws_iam_policy_document.all_keys.json}" is the document, located at its statement.
    ['KMS.1', 'all-keys', 35, 3, 'aws_iam_policy.wrapped'],
  ])
})

test('the identity that runs Terraform is one principal; a null source_policy_documents, or an empty default, adds nothing', () => {
  const result = scan({ paths: [`${DIR}/caller-identity-and-null-sources`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  // Only the key open to "*" is open: the one owned by the caller's ARN is not, and no document is unknown.
  expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.resource, f.unresolved])).toEqual([
    ['KMS.5', 39, 3, 'aws_kms_key.open', []],
  ])
})

test('data "aws_iam_policy" naming an AWS managed policy by ARN or name reads as that policy; one the table does not know is not known', () => {
  const result = scan({ paths: [`${DIR}/aws-managed-policy-data-sources`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource])).toEqual([
    // AWSLambdaVPCAccessExecutionRole holds no KMS statement: its inline copy (line 24) is no finding.
    ['KMS.2', 'all-keys', 30, 12, 'aws_iam_role_policy.admin'],
    ['KMS.FullAccess', null, 30, 12, 'aws_iam_role_policy.admin'],
    ['KMS.2', 'unresolved', 36, 12, 'aws_iam_role_policy.unknown'],
    ['KMS.FullAccess', 'unresolved', 36, 12, 'aws_iam_role_policy.unknown'],
    // AdministratorAccess attached by the data source's ARN.
    ['KMS.Effective', 'all-keys', 47, 16, 'aws_iam_role.deployer'],
    // PowerUserAccess read by name and attached.
    ['KMS.Effective', 'all-keys', 68, 16, 'aws_iam_role.builder'],
    // A name not under the path_prefix given: not known offline.
    ['KMS.2', 'unresolved', 73, 12, 'aws_iam_role_policy.elsewhere'],
    ['KMS.FullAccess', 'unresolved', 73, 12, 'aws_iam_role_policy.elsewhere'],
    // An exclusive attachment's list: at the entry that attaches AdministratorAccess.
    ['KMS.Effective', 'all-keys', 86, 5, 'aws_iam_role.operator'],
  ])
})

test("a called module's policy left null by the call deploys no policy, so it is not judged", () => {
  expect(findings('null-policy-in-called-module')).toEqual([
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'role/main.tf:14:38',
      resource: 'module.role.aws_iam_role_policy.own',
      sid: null,
    },
  ])
})

test("a variable the module call leaves out is its default, and an object's optional attributes the caller leaves out are null", () => {
  const result = scan({ paths: [`${DIR}/module-defaults-and-optional-attributes`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.sid])).toEqual([
    // The partition read through a counted data source: every key of the account, not an ARN that names none.
    ['KMS.1', 'account-wide', 62, 18, 'module.app.aws_iam_policy.logs[0]', null],
    // The "decrypt" statement, given without not_actions or not_resources: known, on "*".
    ['KMS.1', 'all-keys', 81, 3, 'module.app.aws_iam_policy.statements[0]', 'decrypt'],
    // The "named" statement gives resources as null: its default, "*", as for one left out.
    ['KMS.1', 'all-keys', 81, 3, 'module.app.aws_iam_policy.statements[0]', 'named'],
  ])
  // attach_admin_policy left false, and read_keys given null but not nullable (its default, empty): not deployed.
  expect(result.findings.some((f) => /admin|read/.test(f.resource))).toBe(false)
})

test('contains, keys, values, coalescelist, length and format are evaluated, so a count or for_each over them is known', () => {
  expect(findings('collection-functions').map((f) => [f.rule, f.scope, f.at, f.resource])).toEqual([
    ['KMS.1', 'all-keys', 'collection-functions/main.tf:15:18', 'aws_iam_policy.kms_feature[0]'],
    ['KMS.1', 'all-keys', 'collection-functions/main.tf:32:18', 'aws_iam_policy.first_non_empty'],
    ['KMS.1', 'all-keys', 'collection-functions/main.tf:42:18', 'aws_iam_policy.by_name["reader"]'],
    // format() of a template without verbs: the account's keys, not a value unknown offline.
    ['KMS.1', 'account-wide', 'collection-functions/main.tf:52:18', 'aws_iam_policy.formatted'],
  ])
})

test('a key whose policy a module, or the root module, leaves "" gets the default key policy; a policy given is judged', () => {
  expect(findings('key-policy-left-empty').map((f) => [f.rule, f.at, f.resource])).toEqual([
    ['KMS.5', 'key-policy-left-empty/main.tf:11:18', 'module.open_policy.aws_kms_key.this'],
  ])
})

test("modules whose inputs read each other's outputs are each read with the other's values", () => {
  const result = scan({ paths: [`${DIR}/modules-reading-each-other`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  // module.reader is given the key's ARN (scoped); module.audit, the same folder read while module.reader is, "*".
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource])).toEqual([
    ['KMS.2', 'all-keys', 22, 7, 'module.audit.aws_iam_role_policy.read'],
  ])
})

test('a function over a conditional argument, and a template with %{ if } directives, are judged in each variant', () => {
  const result = scan({
    paths: [`${DIR}/conditional-lists-and-template-directives`],
    cwd: ROOT,
    today: '2026-12-01',
  })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.condition])).toEqual([
    // The statement inside the conditional list of concat(...), in the variant that adds it.
    ['KMS.1', 'all-keys', 23, 7, 'aws_iam_policy.logs', 'var.encrypt_logs=true'],
    // The template's statement on "*", in the variant its %{ if } keeps it; the one on the key passes.
    ['KMS.1', 'all-keys', 30, 12, 'aws_iam_policy.rendered', 'policy.json.tpl: %{ if on_all_keys }=true'],
  ])
})

test('splats read each instance of a resource, and each item of a list', () => {
  const result = scan({ paths: [`${DIR}/splat-references`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  // aws_iam_role.readers[*].arn names two roles (the key is not open), aws_kms_key.data[*].arn two keys.
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource])).toEqual([
    ['KMS.1', 'all-keys', 60, 7, 'aws_iam_policy.read_data'],
  ])
})

test('formatlist, split, replace and trimsuffix are evaluated', () => {
  const result = scan({ paths: [`${DIR}/string-functions`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.sid, f.witness])).toEqual([
    // The second of formatlist's pairs: every key of us-east-1.
    ['KMS.1', 'account-wide', 11, 18, 'aws_iam_policy.per_region', 'read', expect.stringContaining(':us-east-1:')],
    ['KMS.1', 'account-wide', 24, 18, 'aws_iam_policy.from_csv', null, expect.stringContaining(':eu-west-1:')],
  ])
})

test("a root variable left at null is the deployer's to give: `!= null` may go either way, and a value given by name is used", () => {
  const scanned = (parameters: Record<string, string>) =>
    scan({ paths: [`${DIR}/optional-root-variables`], cwd: ROOT, parameters, today: '2026-12-01' }).findings.map(
      (f) => [f.ruleId, f.scope, f.line, f.column, f.resource],
    )
  expect(scanned({})).toEqual([
    // Deployed when the deployer names the extra policy: judged.
    ['KMS.1', 'all-keys', 19, 18, 'aws_iam_policy.extra[0]'],
    // No key given: not known offline.
    ['KMS.1', 'unresolved', 25, 3, 'aws_iam_policy.read'],
  ])
  expect(scanned({ key_arn: '*' })).toEqual([
    ['KMS.1', 'all-keys', 19, 18, 'aws_iam_policy.extra[0]'],
    ['KMS.1', 'all-keys', 25, 3, 'aws_iam_policy.read'],
  ])
})

test('a null that a called module leaves in a policy is unresolved wherever it stands, never malformed', () => {
  const result = scan({ paths: [`${DIR}/null-inputs-in-called-module`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.unresolved])).toEqual([
    // In a list of keys.
    ['KMS.2', 'unresolved', 12, 3, ['[var.key_arn] (null: no value given)']],
    // In one arm of an item's conditional (the arm the deployer's use_own_key picks).
    [
      'KMS.2',
      'unresolved',
      25,
      3,
      [
        '[var.use_own_key ? var.key_arn : "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"] (null: no value given)',
      ],
    ],
    // Inside a policy written with jsonencode, named by the argument and its line.
    ['KMS.2', 'unresolved', 41, 18, ['policy at line 39 (null: no value given)']],
  ])
})

test('a count that is 0, or a for_each over nothing, in one arm of a test not known offline deploys only in the other', () => {
  const result = scan({ paths: [`${DIR}/conditional-count`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.condition])).toEqual([
    // when_enabled and module.reader are on "*" only where they are not deployed: no finding.
    ['KMS.1', 'all-keys', 30, 18, 'aws_iam_policy.unless_disabled[0]', 'var.disabled=false'],
    // The attachment exists only where attach_admin is true.
    ['KMS.Effective', 'all-keys', 55, 16, 'aws_iam_role.admin', 'var.attach_admin=true'],
    // for_each over a map or nothing: the map's instances, where enabled.
    ['KMS.1', 'all-keys', 63, 18, 'aws_iam_policy.per_team["red"]', 'var.enabled=true'],
  ])
})

test('a counted role referred to by index (aws_iam_role.this[0].name) gets its attachments and its own Denies', () => {
  const result = scan({ paths: [`${DIR}/counted-principals`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  // AdministratorAccess reaches every key of module.admin's role; module.guarded's role denies every KMS action.
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource])).toEqual([
    ['KMS.Effective', 'all-keys', 22, 16, 'module.admin.aws_iam_role.this[0]'],
  ])
})

test('templatefile strips as Terraform does: `~}` takes the spaces after it and one line break, `%{~` the spaces before it', () => {
  const dir = `${DIR}/template-strip-markers`
  const { template } = readTerraform(ROOT, dir, [`${dir}/main.tf`], 1_000_000)
  const resources = template['Resources'] as Record<string, { Properties: { PolicyDocument: unknown } }>
  // What `terraform console` printed for the same templatefile call (Terraform 1.x).
  expect(resources['aws_iam_policy.rendered'].Properties.PolicyDocument).toBe(
    [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }',
      ',',
      '    { "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"  \t }',
      '',
      '  ]',
      '}',
      '',
    ].join('\n'),
  )
})

test('can() is false of an attribute an object lacks, and a key written as a template of known values is that string (as terraform console gives them)', () => {
  expect(findings('can-and-joined-keys')).toEqual([
    {
      rule: 'KMS.Effective',
      scope: 'all-keys',
      at: 'can-and-joined-keys/main.tf:23:16',
      resource: 'aws_iam_role.team["admins"]',
      sid: null,
    },
    {
      rule: 'KMS.2',
      scope: 'all-keys',
      at: 'can-and-joined-keys/main.tf:32:18',
      resource: 'aws_iam_role_policy.decrypt["readers"]',
      sid: null,
    },
  ])
})

test('a test and its negation are one decision: a policy counted by !var.disabled is never judged in the arm of var.disabled', () => {
  const result = scan({ paths: [`${DIR}/negated-conditions`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.condition])).toEqual([
    // only_when_disabled_wide is on "*" only where var.disabled is true, where it is not deployed: no finding.
    ['KMS.1', 'all-keys', 19, 18, 'aws_iam_policy.wide_when_enabled[0]', '!var.disabled=true'],
  ])
})

test('tests over one root variable are decided together: == and != compare its parameter, && and || combine their parts', () => {
  const result = scan({ paths: [`${DIR}/compared-variables`], cwd: ROOT, today: '2026-12-01' })
  expect(result.errors).toEqual([])
  expect(result.findings.map((f) => [f.ruleId, f.scope, f.line, f.column, f.resource, f.condition])).toEqual([
    // prod_only and created_in_prod are on "*" only where they are not deployed: no finding.
    ['KMS.1', 'all-keys', 32, 18, 'aws_iam_policy.outside_prod[0]', 'var.env != "prod"=true, var.env == "dev"=true'],
  ])
})
