/**
 * End to end over real, small templates (test/fixtures/policies): scan() finds each identity policy,
 * resolves its intrinsics and reports exactly the findings below, at the exact line and column of the
 * statement (its first line) and the line of the Resource element that opens it up.
 *
 * Rows refer to semantics.md (d); levels per scope are decisions.md's defaults.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { loadDocument } from '../../src/cfn/load.js'
import type { Finding, Level, ScanResult, Scope } from '../../src/findings.js'
import { scan } from '../../src/scan/scan.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const DIR = 'test/fixtures/policies'

/** decisions.md: default level of a KMS.1/KMS.2 finding by scope. */
const LEVEL: Record<Scope, Level> = {
  'all-keys': 'error',
  'any-account': 'error',
  'account-wide': 'note',
  unresolved: 'warning',
}

interface Expected {
  ruleId: string
  scope: Scope | null
  level: Level
  resource: string
  resourceType: string
  policy: string | null
  statement: number | null
  line: number
  column: number
  resourceLine: number | null
  grants: string[]
  condition: string | null
  parameters: Record<string, string>
  mappings: string[]
}

interface At {
  statement: number
  line: number
  column: number
  resourceLine: number
}

interface Extra {
  grants?: string[]
  condition?: string
  parameters?: Record<string, string>
  mappings?: string[]
}

/** A KMS.1 (managed) or KMS.2 (inline) finding. */
function decrypt(
  ruleId: 'KMS.1' | 'KMS.2',
  scope: Scope,
  resource: string,
  resourceType: string,
  policy: string | null,
  at: At,
  extra: Extra = {},
): Expected {
  return {
    ruleId,
    scope,
    level: LEVEL[scope],
    resource,
    resourceType,
    policy,
    statement: at.statement,
    line: at.line,
    column: at.column,
    resourceLine: at.resourceLine,
    grants: extra.grants ?? ['kms:Decrypt'],
    condition: extra.condition ?? null,
    parameters: extra.parameters ?? {},
    mappings: extra.mappings ?? [],
  }
}

/** An IAM.Syntax finding about an element of a statement: it opens nothing, so it has no Resource line. */
function syntax(
  level: Level,
  resource: string,
  resourceType: string,
  policy: string,
  statement: number,
  line: number,
  column: number,
): Expected {
  return {
    ruleId: 'IAM.Syntax',
    scope: null,
    level,
    resource,
    resourceType,
    policy,
    statement,
    line,
    column,
    resourceLine: null,
    grants: [],
    condition: null,
    parameters: {},
    mappings: [],
  }
}

function project(f: Finding): Expected {
  return {
    ruleId: f.ruleId,
    scope: f.scope,
    level: f.level,
    resource: f.resource,
    resourceType: f.resourceType,
    policy: f.policy,
    statement: f.statement,
    line: f.line,
    column: f.column,
    resourceLine: f.resourceLine,
    grants: f.grants,
    condition: f.condition,
    parameters: f.parameters,
    mappings: f.mappings,
  }
}

const at = (statement: number, line: number, column: number, resourceLine: number): At => ({
  statement,
  line,
  column,
  resourceLine,
})

const ROLE = 'AWS::IAM::Role'
const USER = 'AWS::IAM::User'
const GROUP = 'AWS::IAM::Group'
const POLICY = 'AWS::IAM::Policy'
const MANAGED = 'AWS::IAM::ManagedPolicy'
const ROLE_POLICY = 'AWS::IAM::RolePolicy'
const USER_POLICY = 'AWS::IAM::UserPolicy'
const GROUP_POLICY = 'AWS::IAM::GroupPolicy'
const FUNCTION = 'AWS::Serverless::Function'
const STATE_MACHINE = 'AWS::Serverless::StateMachine'
const PERMISSION_SET = 'AWS::SSO::PermissionSet'
const BOTH = ['kms:Decrypt', 'kms:ReEncryptFrom']

/** Every fixture and the exact findings it must give (an empty list: a clean template). */
const CASES: [file: string, what: string, expected: Expected[]][] = [
  // One per resource type that holds identity policies.
  [
    'role-inline-policy.yaml',
    'row 66: Role Policies[0] (KMS.2)',
    [decrypt('KMS.2', 'all-keys', 'AppRole', ROLE, 'read-secrets', at(1, 22, 17, 25))],
  ],
  [
    'permission-set-inline-policy.yaml',
    "an IAM Identity Center permission set's InlinePolicy (KMS.2): the role it makes in each assigned account",
    [decrypt('KMS.2', 'all-keys', 'DataReaders', PERMISSION_SET, null, at(1, 20, 13, 23))],
  ],
  [
    'user-inline-policy.json',
    'User Policies, second policy, kms:ReEncrypt* with one all-keys Resource entry',
    [decrypt('KMS.2', 'all-keys', 'CiUser', USER, 'rekey', at(0, 24, 17, 30), { grants: ['kms:ReEncryptFrom'] })],
  ],
  [
    'group-inline-policy.yaml',
    'Group Policies, Statement as a single object, NotAction',
    [decrypt('KMS.2', 'all-keys', 'Auditors', GROUP, 'everything-but-encrypt', at(0, 13, 15, 15), { grants: BOTH })],
  ],
  [
    'standalone-policy-kms-star.json',
    'row 67: AWS::IAM::Policy with kms:* on "*" (KMS.2 and full access)',
    [
      decrypt('KMS.2', 'all-keys', 'KmsAdminPolicy', POLICY, 'kms-admin', at(0, 24, 13, 28), { grants: BOTH }),
      {
        ...decrypt('KMS.2', 'all-keys', 'KmsAdminPolicy', POLICY, 'kms-admin', at(0, 24, 13, 28), {
          grants: ['kms:*'],
        }),
        ruleId: 'KMS.FullAccess',
        scope: null,
        level: 'error',
      },
    ],
  ],
  [
    'managed-policy-unattached.yaml',
    'row 65: unattached ManagedPolicy, Condition ignored (row 32)',
    [decrypt('KMS.1', 'all-keys', 'DecryptPolicy', MANAGED, 'decrypt-all', at(0, 12, 13, 17))],
  ],
  [
    'role-policy.yaml',
    'AWS::IAM::RolePolicy, kms:De* on any account in one Region',
    [decrypt('KMS.2', 'any-account', 'BuildKmsPolicy', ROLE_POLICY, 'build-kms', at(0, 21, 13, 24))],
  ],
  [
    'user-policy.json',
    'AWS::IAM::UserPolicy, every key of one fixed account',
    [decrypt('KMS.2', 'account-wide', 'OperatorKms', USER_POLICY, 'operator-kms', at(0, 16, 13, 20))],
  ],
  [
    'group-policy.json',
    'row 34: AWS::IAM::GroupPolicy, a Deny of one key does not cancel',
    [decrypt('KMS.2', 'all-keys', 'DevelopersKms', GROUP_POLICY, 'developers-kms', at(0, 16, 13, 20))],
  ],
  [
    'sam-function-policies.yaml',
    'SAM Function: managed policy name and policy template not flagged, inline statement flagged',
    [decrypt('KMS.2', 'all-keys', 'ReaderFunction', FUNCTION, 'Policies[2]', at(0, 23, 15, 27))],
  ],
  ['sam-function-policy-templates-clean.json', 'SAM Function with only a managed policy name and policy templates', []],
  [
    'sam-state-machine-policies.json',
    'SAM StateMachine inline statement, Fn::Sub with wildcards',
    [decrypt('KMS.2', 'all-keys', 'Workflow', STATE_MACHINE, 'Policies[1]', at(0, 14, 15, 18))],
  ],
  [
    'cdk.out/AppStack.template.json',
    'CDK synthesized: Fn::Join ARNs, only the all-keys statement is flagged',
    [
      decrypt(
        'KMS.2',
        'all-keys',
        'HandlerServiceRoleDefaultPolicyCBD0CC91',
        POLICY,
        'HandlerServiceRoleDefaultPolicyCBD0CC91',
        at(2, 114, 7, 120),
        { grants: BOTH },
      ),
    ],
  ],
  // Per intrinsic, rows 46-56 and 61.
  [
    'policy-document-json-string.yaml',
    'row 46: PolicyDocument as a JSON string and as a !Sub block; located inside the text',
    [
      decrypt('KMS.1', 'all-keys', 'PlainTextPolicy', MANAGED, 'PlainTextPolicy', at(0, 7, 61, 7)),
      decrypt('KMS.1', 'all-keys', 'SubTextPolicy', MANAGED, 'sub-text', at(0, 16, 13, 19), {
        grants: ['kms:ReEncryptFrom'],
      }),
    ],
  ],
  [
    'policy-document-json-string.json',
    'row 46: JSON text built with Fn::Join (located at the Fn::Join), and an escaped string (located inside)',
    [
      decrypt('KMS.2', 'all-keys', 'TextRole', ROLE, 'from-text', at(0, 17, 31, 17)),
      decrypt('KMS.1', 'all-keys', 'TextManagedPolicy', MANAGED, 'TextManagedPolicy', at(0, 31, 73, 31)),
    ],
  ],
  [
    'sub-pseudo-account-wide.yaml',
    'row 47: !Sub with pseudo parameters (AWS::IAM::Policy)',
    [decrypt('KMS.2', 'account-wide', 'AppKmsPolicy', POLICY, 'app-kms', at(0, 21, 13, 24))],
  ],
  [
    'sub-pseudo-account-wide.json',
    'row 47: Fn::Sub with pseudo parameters (Role)',
    [decrypt('KMS.2', 'account-wide', 'AppRole', ROLE, 'app-kms', at(0, 20, 17, 24), { grants: BOTH })],
  ],
  ['key-getatt-arn-clean.yaml', 'row 48: !GetAtt Key.Arn (UserPolicy)', []],
  ['key-getatt-arn-clean.json', 'row 48: Fn::GetAtt Key.Arn (ManagedPolicy)', []],
  [
    'join-account-wide.yaml',
    'row 50: !Join with AWS::AccountId (GroupPolicy)',
    [decrypt('KMS.2', 'account-wide', 'SupportKms', GROUP_POLICY, 'support-kms', at(0, 14, 13, 17))],
  ],
  [
    'join-account-wide.json',
    'row 50: Fn::Join with AWS::AccountId (RolePolicy)',
    [decrypt('KMS.2', 'account-wide', 'JobKms', ROLE_POLICY, 'job-kms', at(0, 24, 13, 28))],
  ],
  [
    'resource-if-worst-branch.yaml',
    'row 51: !If, the "*" branch wins (User)',
    [decrypt('KMS.2', 'all-keys', 'Analyst', USER, 'analyst-kms', at(0, 24, 17, 27), { condition: 'IsProd=false' })],
  ],
  [
    'resource-if-worst-branch.json',
    'row 51 nested: both conditions named (ManagedPolicy)',
    [
      decrypt('KMS.1', 'all-keys', 'DecryptData', MANAGED, 'decrypt-data', at(0, 26, 13, 30), {
        condition: 'IsProd=false, IsShared=false',
      }),
    ],
  ],
  [
    'parameter-default-star.yaml',
    'row 52: parameter Default "*" (SAM StateMachine)',
    [
      decrypt('KMS.2', 'all-keys', 'Workflow', STATE_MACHINE, 'Policies[0]', at(0, 16, 15, 19), {
        parameters: { KeyArnParam: '*' },
      }),
    ],
  ],
  [
    'parameter-default-star.json',
    'row 52: parameter Default "*" (SAM Function)',
    [
      decrypt('KMS.2', 'all-keys', 'ReaderFunction', FUNCTION, 'Policies[1]', at(0, 20, 15, 24), {
        parameters: { KeyArnParam: '*' },
      }),
    ],
  ],
  [
    'parameter-no-default.yaml',
    'row 53: parameter without Default (RolePolicy)',
    [decrypt('KMS.2', 'unresolved', 'JobKms', ROLE_POLICY, 'job-kms', at(0, 25, 13, 28))],
  ],
  [
    'parameter-no-default.json',
    'row 53: parameter without Default (AWS::IAM::Policy)',
    [decrypt('KMS.2', 'unresolved', 'JobKms', POLICY, 'job-kms', at(0, 27, 13, 31))],
  ],
  [
    'action-parameter-no-default.yaml',
    'an Action that is a parameter without Default may be any action: unresolved, not malformed',
    [
      decrypt('KMS.1', 'unresolved', 'ParamActionPolicy', MANAGED, 'ParamActionPolicy', at(0, 13, 13, 15), {
        grants: BOTH,
      }),
      {
        ...decrypt('KMS.1', 'unresolved', 'ParamActionPolicy', MANAGED, 'ParamActionPolicy', at(0, 13, 13, 15), {
          grants: ['kms:*'],
        }),
        ruleId: 'KMS.FullAccess',
      },
    ],
  ],
  [
    'parameter-allowed-values.json',
    'row 54: AllowedValues include "*", Default is one key (ManagedPolicy)',
    [
      decrypt('KMS.1', 'all-keys', 'DecryptParamKey', MANAGED, 'DecryptParamKey', at(0, 18, 13, 22), {
        parameters: { KeyArnParam: '*' },
      }),
    ],
  ],
  [
    'parameter-allowed-values.yaml',
    'row 54: AllowedValues include an any-account ARN (Role)',
    [
      decrypt('KMS.2', 'any-account', 'AppRole', ROLE, 'param-key', at(0, 25, 17, 28), {
        parameters: { KeyArnParam: 'arn:aws:kms:us-east-1:*:key/*' },
      }),
    ],
  ],
  [
    'sub-account-parameter.yaml',
    'row 55: !Sub with an account parameter without Default (Role)',
    [decrypt('KMS.2', 'unresolved', 'AppRole', ROLE, 'shared-keys', at(0, 22, 17, 25))],
  ],
  [
    'sub-account-parameter.json',
    'row 55: Fn::Sub with an account parameter without Default (UserPolicy)',
    [decrypt('KMS.2', 'unresolved', 'OperatorKms', USER_POLICY, 'shared-keys', at(0, 19, 13, 23))],
  ],
  [
    'import-value.yaml',
    'row 56: !ImportValue (AWS::IAM::Policy)',
    [decrypt('KMS.2', 'unresolved', 'SharedKeyAccess', POLICY, 'shared-key', at(0, 22, 13, 25))],
  ],
  [
    'import-value.json',
    'row 56: Fn::ImportValue of a Fn::Sub name (Role)',
    [decrypt('KMS.2', 'unresolved', 'AppRole', ROLE, 'shared-key', at(0, 20, 17, 24))],
  ],
  [
    'dynamic-reference.json',
    '{{resolve:ssm:...}} as the Resource (ManagedPolicy)',
    [decrypt('KMS.1', 'unresolved', 'DecryptSsmKey', MANAGED, 'DecryptSsmKey', at(0, 11, 13, 15))],
  ],
  [
    'dynamic-reference-in-sub.yaml',
    '{{resolve:ssm:/${Stage}/...}} built with !Sub (Role)',
    [decrypt('KMS.2', 'unresolved', 'AppRole', ROLE, 'ssm-key', at(0, 22, 17, 25), { parameters: { Stage: 'prod' } })],
  ],
  [
    'sub-escaped-policy-variable.yaml',
    'row 61: !Sub ${!aws:PrincipalAccount} (ManagedPolicy)',
    [decrypt('KMS.1', 'account-wide', 'CallerAccountKeys', MANAGED, 'caller-account-keys', at(0, 11, 13, 14))],
  ],
  [
    'sub-escaped-policy-variable.json',
    'row 61: Fn::Sub ${!aws:PrincipalAccount} (AWS::IAM::Policy)',
    [decrypt('KMS.2', 'account-wide', 'CallerAccountKeys', POLICY, 'caller-account-keys', at(0, 16, 13, 20))],
  ],
  [
    'findinmap-region.yaml',
    '!FindInMap keyed by AWS::Region: the worst entry, named',
    [
      decrypt('KMS.2', 'all-keys', 'AppRole', ROLE, 'regional-key', at(0, 24, 17, 27), {
        mappings: ['KeyScope/eu-west-1/DecryptResource'],
      }),
    ],
  ],
  [
    'findinmap-region.json',
    'Fn::FindInMap keyed by AWS::Region: any-account entry, named',
    [
      decrypt('KMS.1', 'any-account', 'RegionalKey', MANAGED, 'RegionalKey', at(0, 17, 13, 21), {
        mappings: ['KeyScope/eu-west-1/DecryptResource'],
      }),
    ],
  ],
  [
    'statement-if-novalue.yaml',
    '!If adds a statement in dev, AWS::NoValue removes it in prod',
    [decrypt('KMS.2', 'all-keys', 'AppRole', ROLE, 'app-kms', at(1, 37, 19, 40), { condition: 'IsDev=true' })],
  ],
  [
    'statement-if-novalue.json',
    'AWS::NoValue removes the Deny Condition when Strict; relaxed keeps a conditional Deny',
    [
      decrypt('KMS.1', 'all-keys', 'DecryptUnlessStrict', MANAGED, 'DecryptUnlessStrict', at(0, 17, 13, 21), {
        condition: 'Strict=false',
      }),
    ],
  ],
  // Rows 62-64: which managed policies are judged.
  [
    'two-managed-policies-allow-deny.yaml',
    'row 62: only the Allow policy fails',
    [decrypt('KMS.1', 'all-keys', 'AllowDecrypt', MANAGED, 'AllowDecrypt', at(0, 10, 13, 13))],
  ],
  [
    'two-managed-policies-allow-deny.json',
    'row 62: only the Allow policy fails',
    [decrypt('KMS.1', 'all-keys', 'AllowDecrypt', MANAGED, 'allow-decrypt', at(0, 12, 13, 16))],
  ],
  ['boundary-only-managed-policy.yaml', 'row 63: boundary only, no KMS.1', []],
  ['boundary-only-managed-policy.json', 'row 63: boundary only with kms:*, no KMS.1 and no KMS.FullAccess', []],
  [
    'boundary-and-attached.yaml',
    'row 64: boundary and in ManagedPolicyArns of another role',
    [decrypt('KMS.1', 'all-keys', 'DeveloperBoundary', MANAGED, 'DeveloperBoundary', at(0, 10, 13, 13))],
  ],
  [
    'boundary-and-attached.json',
    'row 64: boundary and attached through its own Roles',
    [decrypt('KMS.1', 'all-keys', 'DeveloperBoundary', MANAGED, 'developer-boundary', at(0, 13, 13, 17))],
  ],
  // decrypt.ts: "each statement that opens a blocked action is one finding".
  // decisions.md, ARN segments: an empty Region or account, or IAM's literal ${*}/${?}, names no key.
  [
    'arn-empty-region.yaml',
    'arn:aws:kms::*:key/* has no Region: an IAM.Syntax warning, no decrypt finding',
    [syntax('warning', 'ReadKeys', MANAGED, 'ReadKeys', 0, 10, 13)],
  ],
  [
    'arn-empty-account.json',
    'arn:aws:kms:*::key/* has no account: an IAM.Syntax warning, no decrypt finding',
    [syntax('warning', 'Reader', ROLE, 'read', 0, 18, 17)],
  ],
  [
    'sub-literal-star-account.yaml',
    '${!*} in Fn::Sub is the literal * as account, ${?} a literal ? as Region: no key',
    [],
  ],
  // decisions.md, AllowedPattern: decided on the regular expression.
  [
    'parameter-allowed-pattern-account.yaml',
    '^[0-9]{12}$ in the account segment is one fixed account: account-wide note, not unresolved',
    [decrypt('KMS.1', 'account-wide', 'ReadKeys', MANAGED, 'ReadKeys', at(0, 14, 13, 16))],
  ],
  ['parameter-allowed-pattern-key-arn.json', 'a pattern admitting only concrete key ARNs names one key: nothing', []],
  [
    'parameter-allowed-pattern-wildcard.yaml',
    'a pattern that admits * proves nothing: still unresolved',
    [decrypt('KMS.1', 'unresolved', 'ReadKey', MANAGED, 'ReadKey', at(0, 14, 13, 16))],
  ],
  [
    'seven-conditional-denies.yaml',
    'decisions.md: the one combination of seven conditions that drops every Deny is found and named',
    [
      decrypt('KMS.2', 'all-keys', 'SupportRole', ROLE, 'support', at(0, 32, 17, 35), {
        condition: 'OnCall=true, Audit=false, Legacy=false, Eu=false, Sandbox=true, Shared=false, Break=false',
      }),
    ],
  ],
  [
    'two-statements-decrypt-all-keys.yaml',
    'two statements each open kms:Decrypt on every key: two findings',
    [
      decrypt('KMS.1', 'all-keys', 'TwoWays', MANAGED, 'TwoWays', at(0, 10, 13, 13)),
      decrypt('KMS.1', 'all-keys', 'TwoWays', MANAGED, 'TwoWays', at(1, 14, 13, 17)),
    ],
  ],
]

/** Row 49: Ref of a KMS key grants nothing; decisions.md asks for a note (rule KMS.KeyIdRef), at the statement. */
const REF_OF_KEY: [file: string, resource: string, resourceType: string, policy: string, where: At][] = [
  ['key-ref-keyid.yaml', 'AppRole', ROLE, 'data-key', at(0, 24, 17, 27)],
  ['key-ref-keyid.json', 'Analysts', GROUP, 'data-key', at(0, 20, 17, 24)],
]

const results = new Map<string, ScanResult>()
function scanned(file: string): ScanResult {
  let result = results.get(file)
  if (!result) {
    result = scan({ paths: [`${DIR}/${file}`], cwd: repoRoot })
    results.set(file, result)
  }
  return result
}

/** U+E000-U+F8FF: the scanner's internal placeholders (markers, UNKNOWN, fresh probe characters). */
const PRIVATE_USE = /[\uE000-\uF8FF]/

describe.each(CASES)('%s (%s)', (file, _what, expected) => {
  it(
    expected.length === 0
      ? 'gives no findings'
      : `gives exactly ${expected.length} finding(s), at the statement and its Resource line`,
    () => {
      const result = scanned(file)
      expect(result.errors).toEqual([])
      expect(result.summary).toMatchObject({ files: 1, templates: 1, skipped: 0, errors: 0 })
      expect(result.findings.map(project)).toEqual(expected)
    },
  )

  if (expected.length > 0) {
    it('each finding names the file as given, relative with "/" separators', () => {
      for (const f of scanned(file).findings) expect(f.file).toBe(`${DIR}/${file}`)
    })

    it('what a person reads holds no internal placeholder characters', () => {
      for (const f of scanned(file).findings) {
        for (const text of [f.title, f.message, f.fix, f.witness ?? '', f.policy ?? '', ...f.unresolved, ...f.actions])
          expect(text).not.toMatch(PRIVATE_USE)
      }
    })

    it('a failing decrypt finding carries a realistic witness key ARN; an unresolved one none', () => {
      for (const f of scanned(file).findings.filter((x) => x.ruleId === 'KMS.1' || x.ruleId === 'KMS.2')) {
        if (f.scope === 'all-keys' || f.scope === 'any-account') {
          expect(f.witness).toMatch(
            /^arn:aws:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/,
          )
        } else if (f.scope === 'unresolved') {
          expect(f.witness).toBeNull()
        }
      }
    })
  }
})

describe('row 49: Ref of a KMS key as Resource', () => {
  it.each(REF_OF_KEY)(
    '%s: no decrypt failure, one KMS.KeyIdRef note at the statement, fix Fn::GetAtt Arn',
    (file, resource, resourceType, policy, where) => {
      const result = scanned(file)
      expect(result.errors).toEqual([])
      expect(result.findings.map(project)).toEqual([
        {
          ...decrypt('KMS.2', 'all-keys', resource, resourceType, policy, where, { grants: [] }),
          ruleId: 'KMS.KeyIdRef',
          scope: null,
          level: 'note',
        },
      ])
      expect(result.findings[0].fix).toMatch(/GetAtt/)
    },
  )
})

describe('the fixture set', () => {
  const files = (function walk(dir: string): string[] {
    return readdirSync(path.join(repoRoot, DIR, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = dir ? `${dir}/${e.name}` : e.name
      return e.isDirectory() ? walk(rel) : /\.(ya?ml|json)$/.test(e.name) ? [rel] : []
    })
  })('')
  const templates = files.filter((f) => f !== 'cdk.out/manifest.json')
  const covered = new Set([...CASES.map(([f]) => f), ...REF_OF_KEY.map(([f]) => f)])

  it('every template in the folder is asserted above', () => {
    expect(templates.filter((f) => !covered.has(f))).toEqual([])
    expect([...covered].filter((f) => !templates.includes(f))).toEqual([])
  })

  it('each resource type that holds identity policies appears in a YAML and in a JSON template', () => {
    const types = { yaml: new Set<string>(), json: new Set<string>(), hcl: new Set<string>() }
    for (const file of templates) {
      const loaded = loadDocument(readFileSync(path.join(repoRoot, DIR, file), 'utf8'), file)
      if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`)
      const resources = (loaded.document.data as { Resources: Record<string, { Type: string }> }).Resources
      for (const r of Object.values(resources)) types[loaded.document.format].add(r.Type)
    }
    for (const type of [
      ROLE,
      USER,
      GROUP,
      POLICY,
      MANAGED,
      ROLE_POLICY,
      USER_POLICY,
      GROUP_POLICY,
      FUNCTION,
      STATE_MACHINE,
    ]) {
      expect({ type, yaml: types.yaml.has(type), json: types.json.has(type) }).toEqual({ type, yaml: true, json: true })
    }
  })

  it('each intrinsic of rows 46-56 and 61 appears in a YAML and in a JSON template', () => {
    const text = (ext: string) =>
      templates
        .filter((f) => f.endsWith(ext))
        .map((f) => readFileSync(path.join(repoRoot, DIR, f), 'utf8'))
        .join('\n')
    const yaml = text('.yaml')
    const json = text('.json')
    for (const fn of ['Sub', 'GetAtt', 'Join', 'If', 'FindInMap', 'ImportValue']) {
      expect({ fn, yaml: new RegExp(`!${fn}\\b`).test(yaml), json: json.includes(`"Fn::${fn}"`) }).toEqual({
        fn,
        yaml: true,
        json: true,
      })
    }
    for (const literal of [
      'AWS::NoValue',
      '${!aws:PrincipalAccount}',
      '{{resolve:ssm:',
      'AllowedValues',
      'AWS::AccountId',
    ]) {
      expect({ literal, yaml: yaml.includes(literal), json: json.includes(literal) }).toEqual({
        literal,
        yaml: true,
        json: true,
      })
    }
  })
})
