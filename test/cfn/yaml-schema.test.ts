/**
 * CloudFormation short-form YAML tags, read through loadDocument (src/cfn/load.ts with src/cfn/yaml-schema.ts):
 * every tag in scalar, sequence and mapping form becomes the long form the resolver and the checks read.
 */
import { describe, expect, it } from '@jest/globals'
import { loadDocument } from '../../src/cfn/load.js'

/** Parses YAML text and returns the data, failing the test with the parse error if there is one. */
function load(text: string): Record<string, unknown> {
  const result = loadDocument(text, 'template.yaml')
  if (!result.ok) throw new Error(`parse error at ${result.error.line}:${result.error.column}: ${result.error.message}`)
  return result.document.data as Record<string, unknown>
}

/** The long-form key of each short-form tag: `Ref` and `Condition` keep their name, the rest are `Fn::`. */
const TAGS: [tag: string, key: string][] = [
  ['Ref', 'Ref'],
  ['Condition', 'Condition'],
  ['Base64', 'Fn::Base64'],
  ['Cidr', 'Fn::Cidr'],
  ['FindInMap', 'Fn::FindInMap'],
  ['GetAtt', 'Fn::GetAtt'],
  ['GetAZs', 'Fn::GetAZs'],
  ['ImportValue', 'Fn::ImportValue'],
  ['Join', 'Fn::Join'],
  ['Select', 'Fn::Select'],
  ['Split', 'Fn::Split'],
  ['Sub', 'Fn::Sub'],
  ['Transform', 'Fn::Transform'],
  ['If', 'Fn::If'],
  ['Equals', 'Fn::Equals'],
  ['And', 'Fn::And'],
  ['Or', 'Fn::Or'],
  ['Not', 'Fn::Not'],
  ['Length', 'Fn::Length'],
  ['ToJsonString', 'Fn::ToJsonString'],
  ['Foo', 'Fn::Foo'],
]

describe('short-form tags become the long form', () => {
  describe.each(TAGS)('!%s', (tag, key) => {
    if (tag !== 'GetAtt') {
      it('scalar form', () => {
        expect(load(`Value: !${tag} some-value\n`)['Value']).toEqual({ [key]: 'some-value' })
      })
    }

    it('sequence form (flow)', () => {
      expect(load(`Value: !${tag} [first, 2, "third"]\n`)['Value']).toEqual({ [key]: ['first', 2, 'third'] })
    })

    it('sequence form (block)', () => {
      expect(load(`Value: !${tag}\n  - first\n  - second\n`)['Value']).toEqual({ [key]: ['first', 'second'] })
    })

    it('mapping form', () => {
      expect(load(`Value: !${tag}\n  Name: x\n  Count: 3\n`)['Value']).toEqual({ [key]: { Name: 'x', Count: 3 } })
    })

    it('as a list item and as a value in a flow mapping', () => {
      const data = load(`List:\n  - !${tag} [a]\nMap: {Inner: !${tag} [b]}\n`)
      expect(data['List']).toEqual([{ [key]: ['a'] }])
      expect(data['Map']).toEqual({ Inner: { [key]: ['b'] } })
    })
  })
})

describe('!GetAtt', () => {
  it('splits the scalar form at the first dot only', () => {
    expect(load('Value: !GetAtt A.B.C\n')['Value']).toEqual({ 'Fn::GetAtt': ['A', 'B.C'] })
  })

  it('reads the common Key.Arn form', () => {
    expect(load('Value: !GetAtt DataKey.Arn\n')['Value']).toEqual({ 'Fn::GetAtt': ['DataKey', 'Arn'] })
  })

  it('keeps the sequence form as written, dots in the attribute included', () => {
    expect(load('Value: !GetAtt [Db, Endpoint.Address]\n')['Value']).toEqual({
      'Fn::GetAtt': ['Db', 'Endpoint.Address'],
    })
  })

  it('accepts a quoted scalar', () => {
    expect(load('Value: !GetAtt "Queue.Arn"\n')['Value']).toEqual({ 'Fn::GetAtt': ['Queue', 'Arn'] })
  })
})

describe('empty and quoted scalars', () => {
  it('!Ref with no value is the empty string, not null', () => {
    expect(load('Value: !Ref\nNext: 1\n')['Value']).toEqual({ Ref: '' })
  })

  it('!GetAZs with no value or with "" is the empty string (the stack Region)', () => {
    const data = load("A: !GetAZs\nB: !GetAZs ''\n")
    expect(data['A']).toEqual({ 'Fn::GetAZs': '' })
    expect(data['B']).toEqual({ 'Fn::GetAZs': '' })
  })

  it('a quoted scalar stays a string', () => {
    expect(load('Value: !Ref "AWS::Region"\n')['Value']).toEqual({ Ref: 'AWS::Region' })
  })
})

describe('plain scalars keep the CloudFormation meaning', () => {
  it('Version: 2012-10-17 stays a string, not a date', () => {
    const data = load('AWSTemplateFormatVersion: 2010-09-09\nPolicy:\n  Version: 2012-10-17\n')
    expect(data['AWSTemplateFormatVersion']).toBe('2010-09-09')
    expect((data['Policy'] as Record<string, unknown>)['Version']).toBe('2012-10-17')
  })

  it('long-form intrinsics are left as they are', () => {
    expect(load('Value:\n  Fn::Sub: arn:${AWS::Partition}:kms:*\n')['Value']).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:kms:*',
    })
  })
})

describe('nesting', () => {
  it('tags nest inside tags', () => {
    const data = load('Value: !Join ["", ["arn:", !Ref AWS::Partition, ":kms:", !Select [0, !GetAZs ""]]]\n')
    expect(data['Value']).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kms:', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }]],
    })
  })

  it('!If with a !GetAtt branch and an AWS::NoValue branch, in block form', () => {
    const data = load('Value: !If\n  - IsProd\n  - !GetAtt Key.Arn\n  - !Ref AWS::NoValue\n')
    expect(data['Value']).toEqual({ 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] })
  })

  it('condition functions nest with !Condition', () => {
    const data = load('Cond: !And [!Not [!Condition IsProd], !Or [!Equals [a, b], !Condition Other]]\n')
    expect(data['Cond']).toEqual({
      'Fn::And': [
        { 'Fn::Not': [{ Condition: 'IsProd' }] },
        { 'Fn::Or': [{ 'Fn::Equals': ['a', 'b'] }, { Condition: 'Other' }] },
      ],
    })
  })

  it('!Sub with a variable map whose values are tags', () => {
    const data = load(
      'Value: !Sub\n  - "arn:${P}:kms:${R}:${A}:key/*"\n  - P: !Ref AWS::Partition\n    R: !Ref AWS::Region\n    A: "111122223333"\n',
    )
    expect(data['Value']).toEqual({
      'Fn::Sub': [
        'arn:${P}:kms:${R}:${A}:key/*',
        { P: { Ref: 'AWS::Partition' }, R: { Ref: 'AWS::Region' }, A: '111122223333' },
      ],
    })
  })
})

describe('!Sub with a block scalar', () => {
  it('keeps every line, the ${} variables and the trailing newline of a literal block', () => {
    const text = [
      'Policy: !Sub |',
      '  {',
      '    "Resource": "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*"',
      '  }',
      'Next: 1',
      '',
    ].join('\n')
    const data = load(text)
    expect(data['Policy']).toEqual({
      'Fn::Sub': '{\n  "Resource": "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*"\n}\n',
    })
    expect(data['Next']).toBe(1)
  })

  it('a folded block (>-) joins its lines with spaces and drops the final newline', () => {
    expect(load('Value: !Sub >-\n  arn:${AWS::Partition}:kms:\n  ${AWS::Region}\n')['Value']).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:kms: ${AWS::Region}',
    })
  })
})
