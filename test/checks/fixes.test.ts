/**
 * Fixes are written in the file's own syntax (decisions.md, "Further decisions"): YAML short form in YAML,
 * JSON in JSON, the construct and CDK idiom for cdk.out, the value that opens a policy written as JSON
 * text, the property SAM builds a statement from; and the scope is worded as the grant reaches.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/findings.js'
import { scan } from '../../src/scan/scan.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

function findings(file: string): Finding[] {
  const result = scan({ paths: [`test/fixtures/${file}`], cwd: repoRoot })
  expect(result.errors).toEqual([])
  return result.findings.filter((f) => f.ruleId !== 'CFN.Syntax')
}

const STACK_KEY = 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/<key-id>'

describe('the Resource fix in the template syntax', () => {
  it('YAML: short form', () => {
    expect(findings('deployed/duplicate-key-elsewhere.yaml').map((f) => f.fix)).toEqual([
      `Name the keys: Resource: !Sub "${STACK_KEY}"`,
    ])
  })

  it('JSON: JSON, never !GetAtt or !Sub', () => {
    expect(findings('deployed/duplicate-key-elsewhere.json').map((f) => f.fix)).toEqual([
      `Name the keys: "Resource": {"Fn::Sub": "${STACK_KEY}"}`,
    ])
  })

  it("a permission set: a key ARN of the account it is assigned to, never the stack's own account", () => {
    expect(findings('policies/permission-set-inline-policy.yaml').map((f) => f.fix)).toEqual([
      'Name the keys: Resource: "arn:aws:kms:<region>:<account-id>:key/<key-id>"',
    ])
  })

  it('cdk.out, a permission set: the inline policy names keys of the assigned accounts; no grantee idiom', () => {
    expect(
      findings('cdk-permission-set/cdk.out/IdentityStack.template.json').map((f) => [
        f.ruleId,
        f.line,
        f.column,
        f.fix,
      ]),
    ).toEqual([
      [
        'KMS.2',
        8,
        7,
        "In the CDK app, construct IdentityStack/DataReaders: list the keys of the accounts it is assigned to in the inline policy's Resource (arn:aws:kms:<region>:<account-id>:key/<key-id>); a permission set is no grantee for key.grantDecrypt (cdk.out is generated: change the app and synthesize again)",
      ],
      [
        'KMS.FullAccess',
        8,
        7,
        'In the CDK app, construct IdentityStack/DataReaders: grant only the KMS actions its users need, on the keys of the accounts it is assigned to (arn:aws:kms:<region>:<account-id>:key/<key-id>), in the inline policy instead of kms:* on "*" (cdk.out is generated: change the app and synthesize again)',
      ],
    ])
  })

  it('cdk.out: the construct to change and the CDK idiom, since the template is generated', () => {
    const fixes = findings('policies/cdk.out/AppStack.template.json').map((f) => f.fix)
    expect(fixes).toEqual([
      'In the CDK app, construct AppStack/Handler/ServiceRole/DefaultPolicy: grant decryption with key.grantDecrypt(<grantee>) instead of a statement on keys it does not name, or list resources: [key.keyArn] in the PolicyStatement (cdk.out is generated: change the app and synthesize again)',
    ])
  })
})

describe('a policy written as JSON text: the fix points at the value that opens it up', () => {
  const fixes = Object.fromEntries(findings('deployed/json-text-opened-by-value.yaml').map((f) => [f.resource, f.fix]))

  it('a Fn::Sub variable: set that variable to a key ARN, in YAML', () => {
    expect(fixes['VariablePolicy']).toBe(
      `The Fn::Sub variable Keys opens the policy text up: set it to a key ARN, Keys: !Sub "${STACK_KEY}"`,
    )
  })

  it('a parameter: give it a key ARN, or constrain it', () => {
    expect(fixes['ParameterPolicy']).toMatch(
      /^Parameter ReadableKeys opens the policy text up: give it a key ARN \(--parameter ReadableKeys=arn:aws:kms:<region>:<account-id>:key\/<key-id>\)/,
    )
  })

  it('a literal "*" in a plain string: a key ARN in the JSON text, since the text cannot hold intrinsic functions', () => {
    expect(fixes['LiteralPolicy']).toMatch(
      /^In the policy's JSON text, name the keys: "Resource": "arn:aws:kms:<region>:<account-id>:key\/<key-id>" \(the text is a plain string/,
    )
  })

  it('a literal wildcard in a Fn::Sub text: an ARN with the stack pseudo parameters, inside the text', () => {
    const sub = findings('policies/policy-document-json-string.yaml').find((f) => f.resource === 'SubTextPolicy')
    expect(sub?.fix).toBe(`In the policy's JSON text, name the keys: "Resource": "${STACK_KEY}"`)
  })
})

describe('SAM: the fix is the property SAM writes the statement from, with the key id', () => {
  it('YAML KMSDecryptPolicy with one key in the template: KeyId: !Ref Key', () => {
    expect(findings('deployed/sam-kms-decrypt-policy.yaml').map((f) => f.fix)).toEqual([
      "Name one key in the KMSDecryptPolicy template: KeyId: !Ref DataKey (SAM adds the stack's account and Region)",
    ])
  })

  it('JSON KMSDecryptPolicy without a key in the template: "KeyId": "<key-id>"', () => {
    expect(findings('deployed/sam-kms-decrypt-policy.json').map((f) => f.fix)).toEqual([
      'Name one key in the KMSDecryptPolicy template: "KeyId": "<key-id>" (SAM adds the stack\'s account and Region)',
    ])
  })

  it('event sources: SecretsManagerKmsKeyId takes a plain key id', () => {
    expect(new Set(findings('deployed/sam-event-source-kms-keys.yaml').map((f) => f.fix))).toEqual(
      new Set([
        "Name the key that encrypts the secret: SecretsManagerKmsKeyId: <key-id> (SAM takes a plain key id here and adds the stack's account and Region)",
      ]),
    )
  })
})

describe('scope wording that matches the grant', () => {
  it('every key of two fixed accounts is said as two accounts, naming them; of one account as one', () => {
    expect(findings('deployed/two-accounts.yaml').map((f) => [f.statement, f.scope, f.title])).toEqual([
      [
        0,
        'account-wide',
        'KMS.1 Managed policy CrossAccountPolicy can decrypt with every KMS key of 2 accounts (111122223333, 444455556666)',
      ],
      [1, 'account-wide', 'KMS.1 Managed policy CrossAccountPolicy can decrypt with every KMS key of one account'],
    ])
  })
})
