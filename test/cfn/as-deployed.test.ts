/**
 * Templates judged as CloudFormation deploys them (decisions.md, "Further decisions"): duplicate keys keep
 * the last, YAML merge keys are expanded, AWS::LanguageExtensions and SAM are read as their transforms
 * write them, and a type that is not an AWS type is a note. Each case scans a small real template
 * (test/fixtures/deployed) and pins the findings a user would see: rule, level, resource, line and the
 * line of the element that opens the grant.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { Finding, ScanResult } from '../../src/findings.js'
import { scan } from '../../src/scan/scan.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

function scanFixture(file: string, parameters: Record<string, string> = {}): ScanResult {
  return scan({ paths: [`test/fixtures/deployed/${file}`], cwd: repoRoot, parameters })
}

/** What a reader checks first: rule, level, scope, resource, where it stands, where the grant opens. */
function seen(f: Finding): [string, string, string | null, string, number, number, number | null] {
  return [f.ruleId, f.level, f.scope, f.resource, f.line, f.column, f.resourceLine]
}

function findings(file: string, parameters: Record<string, string> = {}): Finding[] {
  const result = scanFixture(file, parameters)
  expect(result.errors).toEqual([])
  return result.findings
}

describe('duplicate keys: CloudFormation keeps the last one, and each later one is a CFN.Syntax warning', () => {
  it.each([
    ['YAML', 'duplicate-key-elsewhere.yaml', [8, 7, 7, 'reports'], [25, 17, 24], [22, 17, 25]],
    ['JSON', 'duplicate-key-elsewhere.json', [9, 9, 8, '"reports"'], [30, 19, 29], [26, 17, 30]],
  ] as const)(
    '%s: a harmless duplicate in a bucket no longer hides the role decrypting with every key; a duplicated Resource is judged by its last value',
    (_format, file, bucket, resource, grant) => {
      const found = findings(file)
      expect(found.map(seen)).toEqual([
        ['CFN.Syntax', 'warning', null, 'Bucket', bucket[0], bucket[1], null],
        ['KMS.2', 'error', 'all-keys', 'AppRole', grant[0], grant[1], grant[2]],
        ['CFN.Syntax', 'warning', null, 'AppRole', resource[0], resource[1], null],
      ])
      expect(found[0].message).toBe(
        `BucketName is written twice in one mapping: CloudFormation keeps this value and ignores the one at line ${bucket[2]} (${bucket[3]}).`,
      )
      expect(found[2].message).toContain(
        `ignores the one at line ${resource[2]} ("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34c...)`,
      )
    },
  )

  it('YAML: a duplicated logical id in Resources: the second resource is the one judged', () => {
    expect(findings('duplicate-logical-id.yaml').map(seen)).toEqual([
      ['CFN.Syntax', 'warning', null, 'DecryptPolicy', 13, 3, null],
      ['KMS.1', 'error', 'all-keys', 'DecryptPolicy', 19, 13, 21],
    ])
  })

  it('JSON: a duplicated logical id: the first resource (on "*") is hidden by the second, scoped one', () => {
    const found = findings('duplicate-logical-id.json')
    expect(found.map(seen)).toEqual([['CFN.Syntax', 'warning', null, 'DecryptPolicy', 14, 5, null]])
    expect(found[0].message).toMatch(/ignores the one at line 5 \({ "Type": "AWS::IAM::ManagedPolicy"/)
  })

  it('the warning is a configurable rule: CFN.Syntax off drops it, and the decrypt finding stays', () => {
    const result = scan({
      paths: ['test/fixtures/deployed/duplicate-key-elsewhere.yaml'],
      cwd: repoRoot,
      levels: { 'CFN.Syntax': 'off' },
    })
    expect(result.findings.map((f) => f.ruleId)).toEqual(['KMS.2'])
  })
})

describe('YAML merge keys: judged expanded, placed where they are merged, each noted', () => {
  const found = findings('merge-keys.yaml')

  it('single and list forms grant as merged; a key written beside a merge wins over the merged one; nested merges expand', () => {
    expect(found.filter((f) => f.ruleId === 'KMS.1').map(seen)).toEqual([
      ['KMS.1', 'error', 'all-keys', 'SingleMerge', 20, 13, 21],
      // Resource comes from the second alias of the list: the grant opens at that alias, on the statement's line.
      ['KMS.1', 'error', 'all-keys', 'ListMerge', 28, 13, 28],
      // A statement that is an alias stands at the alias, not at the anchor in Metadata (line 12).
      ['KMS.1', 'error', 'all-keys', 'AliasedStatement', 53, 13, 53],
    ])
    expect(found.some((f) => f.resource === 'OverriddenKey' && f.ruleId !== 'CFN.Syntax')).toBe(false)
    expect(found.some((f) => f.resource === 'NestedMerge' && f.ruleId !== 'CFN.Syntax')).toBe(false)
  })

  it('every merge key is a CFN.Syntax note at its line: the service rejects unexpanded merge keys', () => {
    const notes = found.filter((f) => f.ruleId === 'CFN.Syntax')
    expect(notes.map((f) => [f.level, f.resource, f.line, f.column])).toEqual([
      ['note', 'SingleMerge', 20, 13],
      ['note', 'ListMerge', 28, 13],
      ['note', 'OverriddenKey', 36, 13],
      ['note', 'NestedMerge', 43, 13],
      ['note', 'NestedMerge', 46, 13],
    ])
    expect(notes[0].message).toMatch(/CloudFormation itself rejects a template that still has one/)
  })
})

describe('AWS::LanguageExtensions', () => {
  it('YAML: Fn::FindInMap DefaultValue is one more possible value when a key is known only at deploy time; a key found in the map does not use it', () => {
    const found = findings('findinmap-default-value.yaml')
    expect(found.map(seen)).toEqual([['KMS.1', 'error', 'all-keys', 'ReaderPolicy', 18, 13, 20]])
    expect(found[0].mappings).toEqual(['KeyByStage/DefaultValue'])
  })

  it('JSON: a static key missing from the map takes the DefaultValue', () => {
    expect(findings('findinmap-default-value.json').map(seen)).toEqual([
      ['KMS.1', 'error', 'all-keys', 'ReaderPolicy', 17, 13, 20],
    ])
  })

  it('YAML: Fn::ForEach over a literal list makes one role per item, named ${Team}Role, each judged at the loop body', () => {
    const found = findings('foreach-literal-list.yaml')
    expect(found.map(seen)).toEqual([['KMS.2', 'error', 'all-keys', 'opsRole', 22, 21, 24]])
    expect(found[0].policy).toBe('ops-keys')
  })

  it('JSON: &{Stage} keeps only the letters and digits of each item in the generated logical id', () => {
    const found = findings('foreach-literal-list.json')
    expect(found.map((f) => [f.resource, f.policy, f.line, f.resourceLine])).toEqual([
      ['Policybluegreen', 'decrypt-blue-green', 17, 20],
      ['Policycanary', 'decrypt-canary', 17, 20],
    ])
  })

  it('YAML: Fn::ForEach over a CommaDelimitedList parameter uses the values given to the scan, else its Default', () => {
    expect(findings('foreach-parameter-list.yaml')).toEqual([])
    expect(findings('foreach-parameter-list.yaml', { Teams: 'payments, ops' }).map(seen)).toEqual([
      ['KMS.1', 'error', 'all-keys', 'opsReader', 24, 17, 26],
    ])
  })
})

describe('SAM', () => {
  it.each([
    ['YAML', 'sam-role-policies-ignored.yaml', 'ReaderFunction', 19, 7],
    ['JSON', 'sam-role-policies-ignored.json', 'Workflow', 10, 9],
  ])(
    '%s: with Role set SAM makes no role, so Policies on "*" grant nothing: no KMS.2, one note at Role',
    (_format, file, resource, line, column) => {
      const found = findings(file)
      expect(found.map(seen)).toEqual([['CFN.Syntax', 'note', null, resource, line, column, null]])
      expect(found[0].message).toMatch(/SAM creates no role .* because Role is set/)
    },
  )

  it('YAML: a PermissionsBoundary in Globals applies to the function, so the policy used only as its boundary is skipped', () => {
    expect(findings('sam-globals-boundary.yaml')).toEqual([])
  })

  it('JSON: a function that ignores the global PermissionsBoundary leaves the policy unattached and judged', () => {
    expect(findings('sam-globals-boundary.json').map(seen)).toEqual([
      ['KMS.1', 'error', 'all-keys', 'Boundary', 14, 25, 14],
    ])
  })

  it.each([
    ['YAML', 'sam-kms-decrypt-policy.yaml', 'Policies[1] (KMSDecryptPolicy)', 21],
    ['JSON', 'sam-kms-decrypt-policy.json', 'Policies[0] (KMSDecryptPolicy)', 12],
  ])(
    '%s: KMSDecryptPolicy with KeyId "*" opens every key of the stack account (account-wide), at its KeyId; KeyId: !Ref Key is scoped',
    (_format, file, policy, line) => {
      const found = findings(file)
      expect(found.map((f) => [f.ruleId, f.level, f.scope, f.policy, f.line, f.resourceLine])).toEqual([
        ['KMS.2', 'note', 'account-wide', policy, line, line],
      ])
      expect(found[0].message).toContain('on Resource "arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/*"')
      expect(found[0].witness).toMatch(/^arn:aws:kms:\$\{AWS::Region\}:\$\{AWS::AccountId\}:key\/[0-9a-f-]{36}$/)
    },
  )

  it('MQ, SelfManagedKafka and DocumentDB: SecretsManagerKmsKeyId "*" opens every key of the account, in the policy SAM names; a key id is scoped', () => {
    const found = findings('sam-event-source-kms-keys.yaml')
    expect(found.map((f) => [f.ruleId, f.scope, f.policy, f.line, f.resourceLine])).toEqual([
      ['KMS.2', 'account-wide', 'SamAutoGeneratedAMQPolicy', 20, 20],
      ['KMS.2', 'account-wide', 'SamAutoGeneratedDocumentDBPolicy', 39, 39],
    ])
  })
})

describe('types that are not AWS types', () => {
  it.each([
    ['YAML !Rain::Module', 'rain-module.yaml', [5, 11], [14, 13, 16], /!Rain::Module is not an AWS resource type/],
    ['JSON Type that is not a string', 'type-not-string.json', [5, 26], [11, 25, 11], /a Type that is not a string/],
  ] as const)(
    '%s: one CFN.Syntax note, not an error, and the rest of the template judged',
    (_case, file, note, grant, message) => {
      const found = findings(file)
      expect(found.map(seen)).toEqual([
        ['CFN.Syntax', 'note', null, 'Website', note[0], note[1], null],
        ['KMS.1', 'error', 'all-keys', 'ReaderPolicy', grant[0], grant[1], grant[2]],
      ])
      expect(found[0].message).toMatch(message)
    },
  )
})

describe('Fn::Transform among the resources (AWS::Include)', () => {
  it('is one CFN.Syntax note naming what is not judged, not a resource without a Type; the rest is judged', () => {
    const found = findings('include-in-resources.yaml')
    expect(found.map(seen)).toEqual([
      ['CFN.Syntax', 'note', null, 'Fn::Transform', 3, 3, null],
      ['KMS.1', 'error', 'all-keys', 'DecryptPolicy', 13, 13, 15],
    ])
    expect(found[0].message).toBe(
      'The resources AWS::Include adds from s3://example-bucket/shared-resources.yaml at deploy time are not judged: CloudFormation fetches them when it deploys (scan that file on its own).',
    )
  })
})

describe('a parameter read where a condition has decided its value', () => {
  it('is that value, never its Default: no malformed "" policy, no "*" where the scope must be the audit key, and a key ARN where the AllowedPattern admits only "" or one', () => {
    expect(findings('parameter-decided-by-condition.yaml').map(seen)).toEqual([
      ['KMS.2', 'warning', 'unresolved', 'ExtraPolicy', 38, 23, 38],
      ['KMS.FullAccess', 'warning', 'unresolved', 'ExtraPolicy', 38, 23, 38],
    ])
  })

  it('a value given for it is judged as given', () => {
    const given = findings('parameter-decided-by-condition.yaml', {
      ExtraPolicy:
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}',
      DecryptScope: 'arn:aws:kms:us-east-1:111122223333:key/audit',
    })
    expect(given.map(seen)).toEqual([['KMS.2', 'error', 'all-keys', 'ExtraPolicy', 38, 23, 38]])
  })
})
