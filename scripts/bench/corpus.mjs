// Deterministic synthetic corpus of CloudFormation templates for the benchmark: YAML with short-form
// tags and CDK-style JSON, IAM-heavy, with findings in a chosen share of the templates.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** mulberry32: small, fast and the same on every machine. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SERVICES = ['s3', 'dynamodb', 'sqs', 'sns', 'logs', 'ssm', 'secretsmanager', 'lambda', 'ecr', 'kinesis']
const VERBS = ['Get', 'Put', 'List', 'Describe', 'Delete', 'Update', 'Create', 'Send', 'Receive', 'Query']
const NOUNS = [
  'Object',
  'Item',
  'Message',
  'Parameter',
  'SecretValue',
  'Function',
  'Image',
  'Record',
  'Stream',
  'Table',
]

/**
 * Writes `count` templates totalling about `totalBytes` under `dir`; `findingShare` of them grant
 * kms:Decrypt on "*". Returns the file list with sizes.
 */
export function writeCorpus({ dir, count, totalBytes, findingShare, seed }) {
  const rnd = random(seed)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const perTemplate = Math.max(2_000, Math.floor(totalBytes / count))
  const files = []
  for (let i = 0; i < count; i++) {
    const withFinding = rnd() < findingShare
    const json = i % 3 === 2
    const folder = path.join(dir, json ? `cdk.out/app${i % 40}` : `stacks/team${i % 40}`)
    mkdirSync(folder, { recursive: true })
    const file = path.join(folder, json ? `Stack${i}.template.json` : `stack${i}.yaml`)
    const text = json
      ? cdkTemplate(i, perTemplate, withFinding, rnd, pick)
      : yamlTemplate(i, perTemplate, withFinding, rnd, pick)
    writeFileSync(file, text)
    files.push({ file, bytes: Buffer.byteLength(text) })
  }
  return files
}

function action(pick) {
  return `${pick(SERVICES)}:${pick(VERBS)}${pick(NOUNS)}`
}

function yamlTemplate(i, target, withFinding, rnd, pick) {
  const out = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    `Description: Synthetic stack ${i}`,
    'Parameters:',
    '  Stage:',
    '    Type: String',
    '    AllowedValues: [dev, prod]',
    '    Default: dev',
    'Conditions:',
    '  IsProd: !Equals [!Ref Stage, prod]',
    'Resources:',
    '  DataKey:',
    '    Type: AWS::KMS::Key',
    '    DeletionPolicy: Retain',
    '    UpdateReplacePolicy: Retain',
    '    Properties:',
    '      EnableKeyRotation: true',
  ]
  let n = 0
  while (out.join('\n').length < target) {
    n++
    out.push(
      `  Bucket${n}:`,
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      `      BucketName: !Sub "\${AWS::StackName}-data-${n}"`,
      '      Tags:',
      `        - { Key: team, Value: team${n % 9} }`,
      `  Role${n}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: lambda.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '      Policies:',
      `        - PolicyName: access-${n}`,
      '          PolicyDocument:',
      '            Version: "2012-10-17"',
      '            Statement:',
    )
    for (let s = 0; s < 4; s++) {
      out.push(
        `              - Sid: Access${s}`,
        '                Effect: Allow',
        `                Action: [${action(pick)}, ${action(pick)}, ${action(pick)}]`,
        `                Resource: !Sub "\${Bucket${n}.Arn}/prefix-${Math.floor(rnd() * 1000)}/*"`,
      )
    }
    out.push(
      '              - Effect: Allow',
      '                Action: [kms:Decrypt, kms:GenerateDataKey]',
      '                Resource: !If [IsProd, !GetAtt DataKey.Arn, !Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab"]',
    )
  }
  if (withFinding) {
    out.push(
      '  LeakyPolicy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: kms:Decrypt',
      '            Resource: "*"',
    )
  }
  return out.join('\n') + '\n'
}

function cdkTemplate(i, target, withFinding, rnd, pick) {
  const resources = {
    DataKeyA1B2: {
      Type: 'AWS::KMS::Key',
      Properties: { EnableKeyRotation: true },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    },
  }
  let n = 0
  while (JSON.stringify(resources, null, 1).length < target) {
    n++
    resources[`HandlerServiceRole${n}`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
          Version: '2012-10-17',
        },
        ManagedPolicyArns: [
          {
            'Fn::Join': [
              '',
              ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
            ],
          },
        ],
      },
      Metadata: { 'aws:cdk:path': `Stack${i}/Handler${n}/ServiceRole/Resource` },
    }
    resources[`HandlerServiceRoleDefaultPolicy${n}`] = {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyDocument: {
          Statement: [
            ...Array.from({ length: 4 }, () => ({
              Action: [action(pick), action(pick)],
              Effect: 'Allow',
              Resource: {
                'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:s3:::bucket-${Math.floor(rnd() * 1e6)}/*`]],
              },
            })),
            {
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
              Effect: 'Allow',
              Resource: { 'Fn::GetAtt': ['DataKeyA1B2', 'Arn'] },
            },
          ],
          Version: '2012-10-17',
        },
        PolicyName: `HandlerServiceRoleDefaultPolicy${n}`,
        Roles: [{ Ref: `HandlerServiceRole${n}` }],
      },
      Metadata: { 'aws:cdk:path': `Stack${i}/Handler${n}/ServiceRole/DefaultPolicy/Resource` },
    }
  }
  if (withFinding) {
    resources.WideGrant = {
      Type: 'AWS::IAM::Policy',
      Properties: {
        PolicyDocument: { Statement: [{ Action: 'kms:*', Effect: 'Allow', Resource: '*' }], Version: '2012-10-17' },
        PolicyName: 'WideGrant',
        Roles: [{ Ref: 'HandlerServiceRole1' }],
      },
    }
  }
  return (
    JSON.stringify(
      {
        Resources: resources,
        Parameters: {
          BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' },
        },
      },
      null,
      1,
    ) + '\n'
  )
}
