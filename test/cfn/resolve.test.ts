/**
 * The Resolver (src/cfn/resolve.ts) on each intrinsic function, per semantics.md 1.3 and decisions.md:
 * every possible world is a variant; values known only at deploy time are UNKNOWN; stack-own values
 * (account, Region, a key's id) are fixed markers, never wildcards.
 */
import { describe, expect, it } from '@jest/globals'
import { display } from '../../src/cfn/markers.js'
import { Resolver, type Choice, type Resolution, type ResolveOptions } from '../../src/cfn/resolve.js'
import { UNKNOWN } from '../../src/iam/policy.js'

const KEY_UUID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY_ARN = `arn:aws:kms:us-east-1:111122223333:key/${KEY_UUID}`

const TEMPLATE: Record<string, unknown> = {
  Parameters: {
    GivenOrAllowed: { Type: 'String', Default: 'from-default', AllowedValues: ['first', 'second'] },
    WithDefault: { Type: 'String', Default: 'from-default' },
    NoDefault: { Type: 'String' },
    KeyArnParam: { Type: 'String', Default: KEY_ARN, AllowedValues: [KEY_ARN, '*'] },
    Subnets: { Type: 'CommaDelimitedList', Default: 'subnet-1, subnet-2,subnet-3' },
    FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/shared/key-arn' },
  },
  Mappings: {
    KeyScope: {
      'us-east-1': { DecryptResource: KEY_ARN, Label: 'virginia' },
      'eu-west-1': { DecryptResource: '*', Label: 'ireland' },
    },
  },
  Conditions: {
    IsProd: { 'Fn::Equals': [{ Ref: 'WithDefault' }, 'prod'] },
    IsShared: { 'Fn::Equals': [{ Ref: 'GivenOrAllowed' }, 'second'] },
    IsEu: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] },
  },
  Resources: {
    DataKey: { Type: 'AWS::KMS::Key', Properties: {} },
    Replica: { Type: 'AWS::KMS::ReplicaKey', Properties: {} },
    Bucket: { Type: 'AWS::S3::Bucket' },
    Lookup: { Type: 'Custom::KeyLookup', Properties: {} },
  },
}

function resolver(options: Partial<ResolveOptions> = {}, template: Record<string, unknown> = TEMPLATE): Resolver {
  return new Resolver(template, { parameters: {}, partition: 'aws', ...options })
}

/** Resolves a node and returns each variant's value as a person reads it (markers shown the `!Sub` way). */
function shown(resolution: Resolution): unknown[] {
  return resolution.variants.map((v) => JSON.parse(display(JSON.stringify(v.value ?? null))))
}

/** The single variant a node without decisions resolves to. */
function only(
  node: unknown,
  options: Partial<ResolveOptions> = {},
): { value: unknown; choices: Choice[]; unresolved: string[] } {
  const resolution = resolver(options).resolve(node, ['Node'])
  expect(resolution.variants).toHaveLength(1)
  expect(resolution.capped).toBe(false)
  const variant = resolution.variants[0]
  return {
    value: JSON.parse(display(JSON.stringify(variant.value ?? null))),
    choices: variant.choices,
    unresolved: variant.unresolved,
  }
}

describe('Ref of pseudo parameters', () => {
  it('the stack account, Region and name are fixed values, not wildcards', () => {
    expect(only({ Ref: 'AWS::AccountId' }).value).toBe('${AWS::AccountId}')
    expect(only({ Ref: 'AWS::Region' }).value).toBe('${AWS::Region}')
    expect(only({ Ref: 'AWS::StackName' }).value).toBe('${AWS::StackName}')
    for (const pseudo of ['AWS::AccountId', 'AWS::Region', 'AWS::StackName', 'AWS::StackId']) {
      const { value, unresolved } = only({ Ref: pseudo })
      expect(value).not.toMatch(/[*?]/)
      expect(String(value)).not.toContain(UNKNOWN)
      expect(unresolved).toEqual([])
    }
  })

  it('AWS::Partition is the deploy partition given, aws by default', () => {
    expect(only({ Ref: 'AWS::Partition' }).value).toBe('aws')
    expect(only({ Ref: 'AWS::Partition' }, { partition: 'aws-us-gov' }).value).toBe('aws-us-gov')
  })

  it('AWS::URLSuffix follows the partition', () => {
    expect(only({ Ref: 'AWS::URLSuffix' }).value).toBe('amazonaws.com')
    expect(only({ Ref: 'AWS::URLSuffix' }, { partition: 'aws-cn' }).value).toBe('amazonaws.com.cn')
  })
})

describe('Ref of parameters: input value > every AllowedValues entry > Default > unknown', () => {
  it('a value given by the user wins over AllowedValues and Default', () => {
    const { value, choices } = only({ Ref: 'GivenOrAllowed' }, { parameters: { GivenOrAllowed: 'typed-in' } })
    expect(value).toBe('typed-in')
    expect(choices).toEqual([{ kind: 'parameter', name: 'GivenOrAllowed', value: 'typed-in', source: 'input' }])
  })

  it('without a given value every AllowedValues entry is a variant, and the Default is not used', () => {
    const resolution = resolver().resolve({ Ref: 'GivenOrAllowed' }, ['Node'])
    expect(shown(resolution)).toEqual(['first', 'second'])
    expect(resolution.variants.map((v) => v.choices)).toEqual([
      [{ kind: 'parameter', name: 'GivenOrAllowed', value: 'first', source: 'allowed' }],
      [{ kind: 'parameter', name: 'GivenOrAllowed', value: 'second', source: 'allowed' }],
    ])
  })

  it('an AllowedValues entry "*" is one of the variants (semantics row 54)', () => {
    expect(shown(resolver().resolve({ Ref: 'KeyArnParam' }, ['Node']))).toEqual([KEY_ARN, '*'])
  })

  it('without AllowedValues the Default is used', () => {
    const { value, choices } = only({ Ref: 'WithDefault' })
    expect(value).toBe('from-default')
    expect(choices).toEqual([{ kind: 'parameter', name: 'WithDefault', value: 'from-default', source: 'default' }])
  })

  it('a given value wins over the Default too', () => {
    expect(only({ Ref: 'WithDefault' }, { parameters: { WithDefault: 'typed-in' } }).value).toBe('typed-in')
  })

  it('with no value, no AllowedValues and no Default the value is unknown, and the parameter is named', () => {
    const { value, unresolved } = only({ Ref: 'NoDefault' })
    expect(value).toBe('<unresolved>')
    expect(unresolved).toEqual([expect.stringContaining('NoDefault')])
  })

  it('a CommaDelimitedList parameter is a list, items trimmed', () => {
    expect(only({ Ref: 'Subnets' }).value).toEqual(['subnet-1', 'subnet-2', 'subnet-3'])
  })

  it('an SSM parameter type is read at deploy time, so unknown even with a Default', () => {
    const { value, unresolved } = only({ Ref: 'FromSsm' })
    expect(value).toBe('<unresolved>')
    expect(unresolved).toEqual([expect.stringContaining('FromSsm')])
  })

  it('a Ref to a name that is neither a parameter nor a resource is unknown', () => {
    const { value, unresolved } = only({ Ref: 'Missing' })
    expect(value).toBe('<unresolved>')
    expect(unresolved).toEqual([expect.stringContaining('Missing')])
  })
})

describe('Ref and Fn::GetAtt of resources', () => {
  it('Fn::GetAtt Key.Arn is one key ARN in the stack account and Region', () => {
    expect(only({ 'Fn::GetAtt': ['DataKey', 'Arn'] }).value).toBe(
      'arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/<key id of DataKey>',
    )
    expect(only({ 'Fn::GetAtt': ['Replica', 'Arn'] }, { partition: 'aws-cn' }).value).toBe(
      'arn:aws-cn:kms:${AWS::Region}:${AWS::AccountId}:key/<key id of Replica>',
    )
  })

  it('Ref of a KMS key and GetAtt KeyId are its key id, not an ARN', () => {
    expect(only({ Ref: 'DataKey' }).value).toBe('<key id of DataKey>')
    expect(only({ 'Fn::GetAtt': ['DataKey', 'KeyId'] }).value).toBe('<key id of DataKey>')
  })

  it('other resources give one fixed value', () => {
    expect(only({ Ref: 'Bucket' }).value).toBe('${Bucket}')
    expect(only({ 'Fn::GetAtt': ['Bucket', 'Arn'] }).value).toBe('${Bucket.Arn}')
  })

  it('a custom resource attribute or a missing resource is unknown', () => {
    expect(only({ 'Fn::GetAtt': ['Lookup', 'KeyArn'] })).toEqual({
      value: '<unresolved>',
      choices: [],
      unresolved: [expect.stringContaining('Lookup.KeyArn')],
    })
    expect(only({ 'Fn::GetAtt': ['Nowhere', 'Arn'] })).toEqual({
      value: '<unresolved>',
      choices: [],
      unresolved: [expect.stringContaining('Nowhere.Arn')],
    })
  })
})

describe('Fn::Sub', () => {
  it('string form: pseudo parameters become the stack markers', () => {
    expect(only({ 'Fn::Sub': 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*' }).value).toBe(
      'arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/*',
    )
  })

  it('string form: ${Resource.Attr} and ${Parameter}', () => {
    expect(only({ 'Fn::Sub': '${DataKey.Arn}|${WithDefault}' }).value).toBe(
      'arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/<key id of DataKey>|from-default',
    )
  })

  it('list form: the variable map wins and its values are resolved', () => {
    const { value, choices } = only({
      'Fn::Sub': [
        'arn:${P}:kms:*:${Acct}:key/${Id}',
        { P: { Ref: 'AWS::Partition' }, Acct: '111122223333', Id: { Ref: 'WithDefault' } },
      ],
    })
    expect(value).toBe('arn:aws:kms:*:111122223333:key/from-default')
    expect(choices).toEqual([{ kind: 'parameter', name: 'WithDefault', value: 'from-default', source: 'default' }])
  })

  it('${!Literal} writes ${Literal} (an IAM policy variable), not a substitution', () => {
    expect(only({ 'Fn::Sub': 'arn:aws:kms:*:${!aws:PrincipalAccount}:key/*' }).value).toBe(
      'arn:aws:kms:*:${aws:PrincipalAccount}:key/*',
    )
    expect(only({ 'Fn::Sub': ['${!AWS::Region}-${R}', { R: 'x' }] }).value).toBe('${AWS::Region}-x')
  })

  it('an unknown variable leaves an unknown inside the string, the rest kept', () => {
    const { value, unresolved } = only({ 'Fn::Sub': 'arn:aws:kms:*:${NoDefault}:key/*' })
    expect(value).toBe('arn:aws:kms:*:<unresolved>:key/*')
    expect(unresolved).toEqual([expect.stringContaining('NoDefault')])
  })
})

describe('Fn::Join, Fn::Select, Fn::Split', () => {
  it('Join evaluates its items', () => {
    expect(only({ 'Fn::Join': ['', ['arn:aws:kms:*:', { Ref: 'AWS::AccountId' }, ':key/*']] }).value).toBe(
      'arn:aws:kms:*:${AWS::AccountId}:key/*',
    )
    expect(only({ 'Fn::Join': [',', { Ref: 'Subnets' }] }).value).toBe('subnet-1,subnet-2,subnet-3')
  })

  it('Select picks by index, as a number or a numeric string', () => {
    expect(only({ 'Fn::Select': [1, ['a', 'b', 'c']] }).value).toBe('b')
    expect(only({ 'Fn::Select': ['2', { Ref: 'Subnets' }] }).value).toBe('subnet-3')
  })

  it('Select out of range is unknown', () => {
    expect(only({ 'Fn::Select': [3, ['a']] }).value).toBe('<unresolved>')
  })

  it('Split makes a list; Select of Split picks one part', () => {
    expect(only({ 'Fn::Split': [':', 'arn:aws:kms'] }).value).toEqual(['arn', 'aws', 'kms'])
    expect(only({ 'Fn::Select': [4, { 'Fn::Split': [':', KEY_ARN] }] }).value).toBe('111122223333')
  })

  it('Split of an unknown string is a list holding an unknown', () => {
    expect(only({ 'Fn::Split': [',', { Ref: 'NoDefault' }] }).value).toEqual(['<unresolved>'])
  })
})

describe('Fn::FindInMap', () => {
  it('static keys pick one entry, and record no choice', () => {
    expect(only({ 'Fn::FindInMap': ['KeyScope', 'eu-west-1', 'DecryptResource'] })).toEqual({
      value: '*',
      choices: [],
      unresolved: [],
    })
  })

  it('a key from !Ref AWS::Region: every entry of the map is a variant, naming the entry used', () => {
    const resolution = resolver().resolve(
      { 'Fn::FindInMap': ['KeyScope', { Ref: 'AWS::Region' }, 'DecryptResource'] },
      ['Node'],
    )
    expect(shown(resolution)).toEqual([KEY_ARN, '*'])
    expect(resolution.variants.map((v) => v.choices)).toEqual([
      [{ kind: 'mapping', map: 'KeyScope', key: 'us-east-1/DecryptResource' }],
      [{ kind: 'mapping', map: 'KeyScope', key: 'eu-west-1/DecryptResource' }],
    ])
  })

  it('a missing map or entry is unknown', () => {
    expect(only({ 'Fn::FindInMap': ['KeyScope', 'ap-south-1', 'DecryptResource'] }).value).toBe('<unresolved>')
    expect(only({ 'Fn::FindInMap': ['Nope', 'a', 'b'] }).value).toBe('<unresolved>')
  })
})

describe('Fn::If', () => {
  it('both branches are variants, each naming its condition and branch', () => {
    const resolution = resolver().resolve({ 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['DataKey', 'Arn'] }, '*'] }, ['Node'])
    expect(shown(resolution)).toEqual(['arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/<key id of DataKey>', '*'])
    expect(resolution.variants.map((v) => v.choices)).toEqual([
      [{ kind: 'condition', name: 'IsProd', branch: true }],
      [{ kind: 'condition', name: 'IsProd', branch: false }],
    ])
  })

  it('nested Fn::If multiply out: three leaves', () => {
    const node = { 'Fn::If': ['IsProd', 'prod-key', { 'Fn::If': ['IsShared', 'shared-key', '*'] }] }
    const resolution = resolver().resolve(node, ['Node'])
    expect(shown(resolution).sort()).toEqual(['*', 'prod-key', 'shared-key'])
    const star = resolution.variants.find((v) => v.value === '*')!
    expect(star.choices).toEqual([
      { kind: 'condition', name: 'IsProd', branch: false },
      { kind: 'condition', name: 'IsShared', branch: false },
    ])
  })

  it('independent conditions in one node multiply: 2 x 2 variants', () => {
    const node = [{ 'Fn::If': ['IsProd', 'a', 'b'] }, { 'Fn::If': ['IsShared', 'c', 'd'] }]
    expect(
      shown(resolver().resolve(node, ['Node']))
        .map((v) => (v as string[]).join(''))
        .sort(),
    ).toEqual(['ac', 'ad', 'bc', 'bd'])
  })

  it('the same condition used twice takes the same branch in both places', () => {
    const node = { Resource: { 'Fn::If': ['IsProd', 'prod-key', '*'] }, Sid: { 'Fn::If': ['IsProd', 'Prod', 'Dev'] } }
    const resolution = resolver().resolve(node, ['Node'])
    expect(shown(resolution)).toEqual([
      { Resource: 'prod-key', Sid: 'Prod' },
      { Resource: '*', Sid: 'Dev' },
    ])
  })

  it('a condition the template does not define is still branched, and said so', () => {
    const r = resolver()
    const resolution = r.resolve({ 'Fn::If': ['Undefined', 'a', 'b'] }, ['Node'])
    expect(shown(resolution)).toEqual(['a', 'b'])
    // CloudFormation rejects the template: a problem at the Fn::If, which the scan reports as an error.
    expect([...r.problems.values()]).toEqual([
      { path: ['Node', 'Fn::If'], message: expect.stringContaining('condition Undefined') },
    ])
  })

  it('Fn::If combines with AllowedValues: every combination is a variant', () => {
    const resolution = resolver().resolve({ 'Fn::If': ['IsEu', { Ref: 'KeyArnParam' }, 'none'] }, ['Node'])
    expect(shown(resolution).sort()).toEqual(['*', KEY_ARN, 'none'].sort())
  })
})

describe('AWS::NoValue', () => {
  it('removes a list item', () => {
    expect(only(['a', { Ref: 'AWS::NoValue' }, 'b']).value).toEqual(['a', 'b'])
  })

  it('removes a mapping key', () => {
    expect(only({ Effect: 'Deny', Condition: { Ref: 'AWS::NoValue' } }).value).toEqual({ Effect: 'Deny' })
  })

  it('in one Fn::If branch: one variant without the item, one with it', () => {
    const statement = { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }
    const resolution = resolver().resolve(
      { Statement: [{ 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, statement] }] },
      ['Doc'],
    )
    expect(shown(resolution)).toEqual([{ Statement: [] }, { Statement: [statement] }])
  })

  it('a Resource removed by NoValue leaves the statement without Resource', () => {
    const resolution = resolver().resolve(
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, '*'] } },
      ['S'],
    )
    expect(shown(resolution)).toEqual([
      { Effect: 'Allow', Action: 'kms:Decrypt' },
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
    ])
  })
})

describe('values known only at deploy time are unknown, and named', () => {
  it('Fn::ImportValue', () => {
    const { value, unresolved } = only({ 'Fn::ImportValue': 'SharedKeyArn' })
    expect(value).toBe('<unresolved>')
    expect(unresolved).toEqual([expect.stringContaining('SharedKeyArn')])
  })

  it('Fn::ImportValue of a !Sub name names the export as written, ${AWS::StackName} included', () => {
    const { unresolved } = only({ 'Fn::ImportValue': { 'Fn::Sub': '${AWS::StackName}-SharedKeyArn' } })
    expect(unresolved).toEqual([expect.stringContaining('${AWS::StackName}-SharedKeyArn')])
  })

  it('a dynamic reference {{resolve:ssm:...}} inside a string', () => {
    const { value, unresolved } = only('arn:aws:kms:us-east-1:{{resolve:ssm:/shared/account}}:key/*')
    expect(value).toBe('arn:aws:kms:us-east-1:<unresolved>:key/*')
    expect(unresolved).toEqual([expect.stringContaining('{{resolve:ssm:/shared/account}}')])
  })

  it('a dynamic reference written inside Fn::Sub (the common {{resolve:ssm:/${Stage}/...}} form)', () => {
    const { value, unresolved } = only({ 'Fn::Sub': '{{resolve:ssm:/${WithDefault}/key-arn}}' })
    expect(value).toBe('<unresolved>')
    expect(unresolved).toEqual([expect.stringContaining('{{resolve:ssm:/from-default/key-arn}}')])
  })

  it('an intrinsic the resolver does not evaluate (Fn::Base64)', () => {
    expect(only({ 'Fn::Base64': 'x' }).value).toBe('<unresolved>')
  })
})

describe('Fn::ToJsonString', () => {
  it('serialises the resolved object', () => {
    expect(only({ 'Fn::ToJsonString': { Resource: { Ref: 'WithDefault' } } }).value).toBe('{"Resource":"from-default"}')
  })
})

describe('the variant cap', () => {
  const fourConditions = ['A', 'B', 'C', 'D'].map((c) => ({ 'Fn::If': [c, `${c}1`, `${c}2`] }))
  const template = { Conditions: { A: {}, B: {}, C: {}, D: {} }, Resources: {} }

  it('up to maxVariants every combination is judged and capped is false', () => {
    const resolution = resolver({ maxVariants: 16 }, template).resolve(fourConditions, ['Node'])
    expect(resolution.variants).toHaveLength(16)
    expect(resolution.capped).toBe(false)
    expect(new Set(resolution.variants.map((v) => JSON.stringify(v.value))).size).toBe(16)
  })

  it('past maxVariants the variants stop at the cap and capped is true', () => {
    const resolution = resolver({ maxVariants: 5 }, template).resolve(fourConditions, ['Node'])
    expect(resolution.variants).toHaveLength(5)
    expect(resolution.capped).toBe(true)
  })

  it('the default cap is large enough for 4 independent conditions', () => {
    const resolution = resolver({}, template).resolve(fourConditions, ['Node'])
    expect(resolution.variants).toHaveLength(16)
    expect(resolution.capped).toBe(false)
  })

  it('AllowedValues count against the cap too', () => {
    const resolution = resolver({ maxVariants: 1 }).resolve({ Ref: 'GivenOrAllowed' }, ['Node'])
    expect(resolution.variants).toHaveLength(1)
    expect(resolution.capped).toBe(true)
  })
})

describe('origin of resolved objects', () => {
  it('each resolved statement points back to its source path, through Fn::If', () => {
    const node = {
      Statement: [{ Effect: 'Allow' }, { 'Fn::If': ['IsProd', { Effect: 'Deny' }, { Effect: 'Allow', Sid: 'B' }] }],
    }
    const resolution = resolver().resolve(node, ['Doc'])
    const [first, second] = resolution.variants
    const statements = (v: typeof first) => (v.value as { Statement: object[] }).Statement
    expect(resolution.origin.get(statements(first)[0])).toEqual(['Doc', 'Statement', 0])
    expect(resolution.origin.get(statements(first)[1])).toEqual(['Doc', 'Statement', 1, 'Fn::If', 1])
    expect(resolution.origin.get(statements(second)[1])).toEqual(['Doc', 'Statement', 1, 'Fn::If', 2])
  })
})

describe('origin of objects that resolved to themselves', () => {
  it('several statements of one document are each found at their own place, a shared one at its first', () => {
    const shared = { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }
    const node = { Statement: [{ Effect: 'Deny' }, shared, { Sid: 'Nested', Inner: [shared] }] }
    const resolution = resolver().resolve(node, ['Resources', 'Role', 'PolicyDocument'])
    const value = resolution.variants[0].value as { Statement: object[] }
    expect(value).toBe(node)
    // The first ask walks only until it meets the object; the later ones use one whole walk.
    expect(resolution.origin.get(shared)).toEqual(['Resources', 'Role', 'PolicyDocument', 'Statement', 1])
    expect(resolution.origin.get(value.Statement[2])).toEqual(['Resources', 'Role', 'PolicyDocument', 'Statement', 2])
    expect(resolution.origin.get(value.Statement[0])).toEqual(['Resources', 'Role', 'PolicyDocument', 'Statement', 0])
    expect(resolution.origin.get(node)).toEqual(['Resources', 'Role', 'PolicyDocument'])
    expect(resolution.origin.get({})).toBeUndefined()
  })

  it('an object written in two places is found at the first met, whether asked first or later', () => {
    const shared = { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }
    const node = { Statement: [{ Sid: 'Nested', Inner: [shared] }, shared] }
    const first = resolver().resolve(node, ['Doc'])
    expect(first.origin.get(shared)).toEqual(['Doc', 'Statement', 0, 'Inner', 0])
    const later = resolver().resolve(node, ['Doc'])
    expect(later.origin.get(node.Statement[0])).toEqual(['Doc', 'Statement', 0])
    expect(later.origin.get(shared)).toEqual(['Doc', 'Statement', 0, 'Inner', 0])
  })

  it('two documents resolved one after the other each answer with their own paths', () => {
    const statement = { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }
    const r = resolver()
    const first = r.resolve({ Statement: [statement] }, ['First'])
    const second = r.resolve({ Statement: [{ Effect: 'Deny' }, statement] }, ['Second'])
    expect(first.origin.get(statement)).toEqual(['First', 'Statement', 0])
    expect(second.origin.get(statement)).toEqual(['Second', 'Statement', 1])
  })

  it('a plain value is its one variant, with no choices; under a false condition it has none', () => {
    const r = resolver()
    expect(r.resolve('policy-name', []).variants).toEqual([{ value: 'policy-name', choices: [], unresolved: [] }])
    expect(r.resolve('{{resolve:ssm:/name}}', []).variants[0].unresolved).toEqual([
      'dynamic reference {{resolve:ssm:/name}}',
    ])
    expect(r.resolve('value', [], { condition: 'IsProd' }).variants.map((v) => v.value)).toEqual(['value'])
  })
})
