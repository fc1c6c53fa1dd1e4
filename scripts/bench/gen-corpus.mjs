// Deterministic synthetic CloudFormation corpus shaped like real repositories (IAM-heavy, policies on every
// role, a condition per template, short-form tags, CDK-style JSON): the generator issue 17 measured its table with.
// Usage: node scripts/bench/gen-corpus.mjs OUTDIR COUNT [RESOURCES_PER_TEMPLATE] [FINDING_RATE]
// FINDING_RATE (default 1): the share of templates that may grant decryption on all keys; the rest never do.
import fs from 'node:fs'
import path from 'node:path'
const [out, countArg, perArg] = process.argv.slice(2)
const count = Number(countArg || 100),
  per = Number(perArg || 40),
  rate = Number(process.argv[5] ?? 1)
let clean = false
let seed = 42
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
} // mulberry32
const pick = (a) => a[Math.floor(rnd() * a.length)]
const actions = [
  's3:GetObject',
  's3:PutObject',
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'sqs:SendMessage',
  'dynamodb:GetItem',
  'logs:PutLogEvents',
  'kms:*',
  'ssm:GetParameter',
]
const resources = [
  '"*"',
  '!GetAtt Key0.Arn',
  '!Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*"',
  '!Sub "arn:aws:s3:::bucket-${AWS::AccountId}/*"',
  'arn:aws:kms:us-east-1:111122223333:key/11111111-2222-3333-4444-555555555555',
]
const cleanResources = [
  '!GetAtt Key0.Arn',
  '!Sub "arn:aws:s3:::bucket-${AWS::AccountId}/*"',
  'arn:aws:kms:us-east-1:111122223333:key/11111111-2222-3333-4444-555555555555',
]
function statementYaml(ind) {
  const acts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(actions))
  return `${ind}- Effect: Allow\n${ind}  Action:\n${acts.map((a) => `${ind}    - ${a}`).join('\n')}\n${ind}  Resource: ${pick(clean ? cleanResources : resources)}\n`
}
function yamlTemplate(i) {
  let s = `AWSTemplateFormatVersion: "2010-09-09"\nDescription: synthetic template ${i}\nParameters:\n  Stage: { Type: String, Default: dev, AllowedValues: [dev, prod] }\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\nResources:\n  Key0:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n      KeyPolicy:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root" }\n            Action: kms:*\n            Resource: "*"\n`
  for (let r = 0; r < per; r++) {
    const kind = r % 4
    if (kind === 0)
      s += `  Role${r}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: p${r}\n          PolicyDocument:\n            Version: "2012-10-17"\n            Statement:\n${statementYaml('              ')}${statementYaml('              ')}`
    else if (kind === 1)
      s += `  Managed${r}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n${statementYaml('          ')}${statementYaml('          ')}${statementYaml('          ')}`
    else if (kind === 2)
      s += `  Bucket${r}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "bucket-${r}-\${AWS::AccountId}"\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: !GetAtt Key0.Arn }\n      Tags:\n        - { Key: team, Value: t${r} }\n`
    else
      s += `  Fn${r}:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n      Role: !GetAtt Role${r - 3}.Arn\n      Environment:\n        Variables:\n          STAGE: !If [IsProd, prod, dev]\n          TABLE: !Join ["-", [t, !Ref Stage, "${r}"]]\n      Code:\n        ZipFile: |\n          exports.handler = async () => ({ statusCode: 200 });\n`
  }
  return s
}
function jsonTemplate() {
  const res = { Key0: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } }
  const stmt = () => ({
    Effect: 'Allow',
    Action: Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(actions)),
    Resource: clean
      ? { 'Fn::GetAtt': ['Key0', 'Arn'] }
      : pick([
          '*',
          { 'Fn::GetAtt': ['Key0', 'Arn'] },
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kms:*:*:key/*']] },
        ]),
  })
  for (let r = 0; r < per; r++) {
    if (r % 2 === 0)
      res[`Role${r}`] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [{ PolicyName: `p${r}`, PolicyDocument: { Version: '2012-10-17', Statement: [stmt(), stmt()] } }],
        },
      }
    else
      res[`Policy${r}`] = {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: `p${r}`,
          Roles: [{ Ref: `Role${r - 1}` }],
          PolicyDocument: { Version: '2012-10-17', Statement: [stmt(), stmt(), stmt()] },
        },
        Metadata: { 'aws:cdk:path': `App/Stack/R${r}` },
      }
  }
  return JSON.stringify({ Resources: res }, null, 1)
}
fs.mkdirSync(out, { recursive: true })
let bytes = 0
for (let i = 0; i < count; i++) {
  const dir = path.join(out, `svc${i % 20}`)
  fs.mkdirSync(dir, { recursive: true })
  const isJson = i % 3 === 2
  clean = rnd() >= rate
  const body = isJson ? jsonTemplate() : yamlTemplate(i)
  bytes += body.length
  fs.writeFileSync(path.join(dir, `stack${i}.${isJson ? 'template.json' : 'yaml'}`), body)
}
console.log(`${count} templates, ${(bytes / 1e6).toFixed(1)} MB in ${out}`)
