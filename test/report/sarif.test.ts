import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { ruleById, RULES } from '../../src/checks/index.js'
import { renderSarif, toSarif } from '../../src/report/sarif.js'
import { finding, result, scanError } from './factory.js'

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
const validate = addFormats.default(new Ajv({ allErrors: true, strict: false })).compile(schema)

// A statement's place: the fingerprint never reads it.
const statement = { line: 9, column: 17, endLine: 12, endColumn: 30 }
const fingerprintOf = (overrides = {}) =>
  toSarif(result([finding({ ...statement, basis: 'Allow kms:Decrypt on *', ...overrides })])).runs[0].results![0]
    .partialFingerprints!['primaryLocationLineHash']

describe('toSarif', () => {
  it('is valid SARIF 2.1.0 by the schema', () => {
    const log = JSON.parse(
      renderSarif(
        result(
          [
            finding(),
            finding({
              ruleId: 'KMS.9',
              level: 'note',
              resourceLine: null,
              resourceColumn: null,
              file: 'my templates/x.json',
            }),
          ],
          [scanError(), scanError({ file: 'gone', line: 0, column: 0 })],
        ),
      ),
    )
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('has one rule per rule id, with help and a numeric security-severity', () => {
    const rules = toSarif(result([finding({ ruleId: 'KMS.9' })])).runs[0].tool.driver.rules!
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'KMS.9'])
    for (const rule of rules) {
      expect(rule.help?.text).toBeTruthy()
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/)
    }
    expect(rules.find((r) => r.id === 'KMS.FullAccess')!.properties!['security-severity']).toBe(
      ruleById('KMS.FullAccess')!.severity.toFixed(1),
    )
  })

  it('maps a finding to a result with its exact region, level and rule index', () => {
    const run = toSarif(result([finding({ level: 'warning', file: 'my templates/app.yaml' })])).runs[0]
    const [only] = run.results!
    expect(only).toMatchObject({
      ruleId: 'KMS.2',
      ruleIndex: run.tool.driver.rules!.findIndex((r) => r.id === 'KMS.2'),
      level: 'warning',
      message: {
        text: 'Role AppRole can decrypt with any KMS key: policy read-secrets, Statement[0] allows kms:Decrypt on Resource "*". Fix: Name the keys: Resource: !GetAtt Key.Arn',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'my%20templates/app.yaml' },
            region: { startLine: 10, startColumn: 11, endLine: 13, endColumn: 24 },
          },
        },
      ],
      relatedLocations: [{ id: 1, physicalLocation: { region: { startLine: 13, startColumn: 21 } } }],
    })
  })

  it('reports unreadable templates as tool notifications', () => {
    const [invocation] = toSarif(result([], [scanError()])).runs[0].invocations!
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Template not checked: YAML: unexpected end of the stream' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'templates/broken.yaml' },
              region: { startLine: 3, startColumn: 1 },
            },
          },
        ],
      },
    ])
  })
})

describe('fingerprints', () => {
  it('survive moving the statement to other lines and re-indenting it: no line or column goes in', () => {
    expect(fingerprintOf({ line: 11, column: 19, endLine: 14, endColumn: 32 })).toBe(fingerprintOf())
  })

  it('change with the statement content, its resource, its policy or its rule', () => {
    const base = fingerprintOf()
    expect(fingerprintOf({ basis: 'Allow kms:Decrypt on arn:aws:kms:*:*:key/*' })).not.toBe(base)
    expect(fingerprintOf({ resource: 'OtherRole' })).not.toBe(base)
    expect(fingerprintOf({ policy: 'other-policy' })).not.toBe(base)
    expect(fingerprintOf({ ruleId: 'KMS.FullAccess' })).not.toBe(base)
  })

  it('keep two findings of one rule on one place apart by what they say, not by their order', () => {
    const deletion = finding({
      ...statement,
      ruleId: 'KMS.3',
      policy: null,
      statement: null,
      title: 'KMS.3 Key DataKey is deleted with its stack',
    })
    const replacement = finding({ ...deletion, title: 'KMS.3 Key DataKey is deleted when it is replaced' })
    const hashes = (findings: ReturnType<typeof finding>[]) =>
      toSarif(result(findings)).runs[0].results!.map((r) => r.partialFingerprints!['primaryLocationLineHash'])
    const [deletionHash, replacementHash] = hashes([deletion, replacement])
    expect(deletionHash).not.toBe(replacementHash)
    expect(hashes([replacement])).toEqual([replacementHash])
  })

  it('count identical ones apart', () => {
    const results = toSarif(result([finding(statement), finding(statement)])).runs[0].results!
    const [first, second] = results.map((r) => r.partialFingerprints!['primaryLocationLineHash'])
    expect(first).toMatch(/^[0-9a-f]{16}:1$/)
    expect(second).toBe(first.replace(/:1$/, ':2'))
  })
})
