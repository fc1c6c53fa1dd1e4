/**
 * AWS::LanguageExtensions and SAM Globals as the transforms write them (src/cfn/deployed.ts and the
 * resolver): what each construct becomes, and that a place inside generated content maps back to the
 * text the user wrote.
 */
import { describe, expect, it } from '@jest/globals'
import { asDeployed } from '../../src/cfn/deployed.js'
import { structureProblems } from '../../src/cfn/extract.js'
import { loadDocument, type LoadedDocument } from '../../src/cfn/load.js'
import { Resolver } from '../../src/cfn/resolve.js'

function load(text: string, name = 'template.yaml'): LoadedDocument {
  const result = loadDocument(text, name)
  if (!result.ok) throw new Error(result.error.message)
  return result.document
}

function deployed(text: string, parameters: Record<string, string> = {}) {
  const document = load(text)
  return asDeployed(document, document.data as Record<string, unknown>, parameters)
}

function values(template: Record<string, unknown>, node: unknown): unknown[] {
  return new Resolver(template, { parameters: {}, partition: 'aws' })
    .resolve(node, ['Node'])
    .variants.map((v) => v.value)
}

describe('Fn::Length and Fn::ToJsonString are evaluated', () => {
  const template = { Parameters: { Teams: { Type: 'CommaDelimitedList', Default: 'a,b,c' } }, Resources: {} }

  it('Fn::Length counts a literal list (intrinsics inside count as items) and a list parameter', () => {
    expect(values(template, { 'Fn::Length': ['x', { Ref: 'AWS::Region' }] })).toEqual([2])
    expect(values(template, { 'Fn::Length': { Ref: 'Teams' } })).toEqual([3])
  })

  it('Fn::Length as an index: Fn::Select picks the element it counts to', () => {
    expect(values(template, { 'Fn::Select': [{ 'Fn::Length': ['x', 'y'] }, ['a', 'b', '*']] })).toEqual(['*'])
  })

  it('Fn::Length of something that is not a list is unresolved, not a number', () => {
    expect(values(template, { 'Fn::Length': 'abc' })).toEqual(['\uE000'])
  })

  it('Fn::ToJsonString writes a list as JSON text', () => {
    expect(values(template, { 'Fn::ToJsonString': ['a', { Ref: 'Teams' }] })).toEqual(['["a",["a","b","c"]]'])
  })
})

describe('Fn::FindInMap DefaultValue', () => {
  const template = {
    Parameters: { Stage: { Type: 'String' } },
    Mappings: { Keys: { prod: { Arn: 'prod-key' }, test: { Arn: 'test-key' } } },
    Resources: {},
  }

  it('a key known at deploy time only: every entry, and the default, are possible values', () => {
    expect(values(template, { 'Fn::FindInMap': ['Keys', { Ref: 'Stage' }, 'Arn', { DefaultValue: '*' }] })).toEqual([
      'prod-key',
      'test-key',
      '*',
    ])
  })

  it('static keys found in the map: the entry only; not found: the default only; no such map: the default', () => {
    expect(values(template, { 'Fn::FindInMap': ['Keys', 'prod', 'Arn', { DefaultValue: '*' }] })).toEqual(['prod-key'])
    expect(values(template, { 'Fn::FindInMap': ['Keys', 'dev', 'Arn', { DefaultValue: '*' }] })).toEqual(['*'])
    expect(
      values(template, { 'Fn::FindInMap': ['Nope', 'dev', 'Arn', { DefaultValue: { Ref: 'AWS::Partition' } }] }),
    ).toEqual(['aws'])
  })
})

describe('Fn::ForEach', () => {
  const nested = [
    'Transform: AWS::LanguageExtensions', // 1
    'Resources:', // 2
    '  Fn::ForEach::Envs:', // 3
    '    - Env', // 4
    '    - [dev, prod]', // 5
    '    - Fn::ForEach::Apps:', // 6
    '        - App', // 7
    '        - [web, api-v2]', // 8
    '        - ${Env}&{App}Role:', // 9
    '            Type: AWS::IAM::Role', // 10
    '            Properties:', // 11
    '              RoleName: !Sub "${Env}-${App}-${AWS::Region}"', // 12
    '              Tags: [{ Key: app, Value: !Ref App }]', // 13
    '',
  ].join('\n')

  it('nested loops generate one resource per combination, with ${} and &{} and Ref of the identifiers replaced', () => {
    const { template } = deployed(nested)
    expect(template['Resources']).toEqual({
      devwebRole: {
        Type: 'AWS::IAM::Role',
        Properties: { RoleName: { 'Fn::Sub': 'dev-web-${AWS::Region}' }, Tags: [{ Key: 'app', Value: 'web' }] },
      },
      devapiv2Role: {
        Type: 'AWS::IAM::Role',
        Properties: { RoleName: { 'Fn::Sub': 'dev-api-v2-${AWS::Region}' }, Tags: [{ Key: 'app', Value: 'api-v2' }] },
      },
      prodwebRole: {
        Type: 'AWS::IAM::Role',
        Properties: { RoleName: { 'Fn::Sub': 'prod-web-${AWS::Region}' }, Tags: [{ Key: 'app', Value: 'web' }] },
      },
      prodapiv2Role: {
        Type: 'AWS::IAM::Role',
        Properties: { RoleName: { 'Fn::Sub': 'prod-api-v2-${AWS::Region}' }, Tags: [{ Key: 'app', Value: 'api-v2' }] },
      },
    })
  })

  it('a place inside a generated resource is where the loop body is written', () => {
    const { document } = deployed(nested)
    const at = (path: (string | number)[]) => [document.locate(path).line, document.locate(path).column]
    expect(at(['Resources', 'prodapiv2Role', 'Properties', 'RoleName'])).toEqual([12, 25])
    expect(at(['Resources', 'devwebRole', 'Properties', 'Tags', 0, 'Value'])).toEqual([13, 41])
    expect(document.locate(['Resources', 'devwebRole'], { key: true }).line).toBe(9)
  })

  it('a collection not known offline: the body once, identifiers unresolved, and a note at the collection', () => {
    const { template, notes } = deployed(
      [
        'Transform: AWS::LanguageExtensions',
        'Resources:',
        '  Fn::ForEach::Q:',
        '    - Name',
        '    - !Ref Names',
        '    - ${Name}Queue:',
        '        Type: AWS::SQS::Queue',
        '',
      ].join('\n'),
    )
    expect(template['Resources']).toEqual({ '${Name}Queue': { Type: 'AWS::SQS::Queue' } })
    expect(notes).toEqual([
      {
        path: ['Resources', 'Fn::ForEach::Q', 1],
        level: 'note',
        message: expect.stringContaining('is not known offline'),
      },
    ])
  })

  it('without the transform, nothing is expanded (CloudFormation would reject the key), and the problem says why', () => {
    const { template } = deployed(nested.replace('Transform: AWS::LanguageExtensions', 'Description: none'))
    expect(Object.keys(template['Resources'] as object)).toEqual(['Fn::ForEach::Envs'])
    expect(structureProblems(template).map((p) => p.message)).toEqual([
      'Fn::ForEach::Envs is expanded only by the AWS::LanguageExtensions transform, which the template does not declare (Transform: AWS::LanguageExtensions)',
    ])
  })
})

describe('SAM Globals', () => {
  const text = [
    'Transform: AWS::Serverless-2016-10-31', // 1
    'Globals:', // 2
    '  Function:', // 3
    '    Layers: [global-layer]', // 4
    '    Environment: { Variables: { STAGE: prod, TABLE: orders } }', // 5
    '    Runtime: python3.12', // 6
    'Resources:', // 7
    '  Fn:', // 8
    '    Type: AWS::Serverless::Function', // 9
    '    Properties:', // 10
    '      Layers: [own-layer]', // 11
    '      Environment: { Variables: { TABLE: mine } }', // 12
    '      Runtime: !Ref AWS::NoValue', // 13
    '',
  ].join('\n')

  it("mappings merge key by key (the resource wins), lists concatenate (globals first), other values are the resource's", () => {
    const { template } = deployed(text)
    expect((template['Resources'] as Record<string, { Properties: unknown }>)['Fn'].Properties).toEqual({
      Layers: ['global-layer', 'own-layer'],
      Environment: { Variables: { STAGE: 'prod', TABLE: 'mine' } },
      Runtime: { Ref: 'AWS::NoValue' },
    })
  })

  it('a merged value stands where it is written: in Globals, or in the resource', () => {
    const { document } = deployed(text)
    const line = (path: (string | number)[]) => document.locate(['Resources', 'Fn', 'Properties', ...path]).line
    expect([line(['Layers', 0]), line(['Layers', 1])]).toEqual([4, 11])
    expect([line(['Environment', 'Variables', 'STAGE']), line(['Environment', 'Variables', 'TABLE'])]).toEqual([5, 12])
  })
})
