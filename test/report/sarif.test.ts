import { DEFAULT_GATE } from '../../src/gate.js'
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type * as Sarif from 'sarif'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { ruleById, RULES } from '../../src/checks/index.js'
import { ruleDocsUrl } from '../../src/checks/rule.js'
import { runCli } from '../../src/cli/cli.js'
import { renderSarif, toSarif } from '../../src/report/sarif.js'
import { REPOSITORY, VERSION } from '../../src/version.js'
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
        DEFAULT_GATE,
      ),
    )
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('has one rule per rule id and per scope with a meaning of its own, each with help and a link to its page', () => {
    const rules = toSarif(result([finding({ ruleId: 'KMS.9' })])).runs[0].tool.driver.rules!
    const scoped = (id: string) => Object.keys(ruleById(id)!.scopes ?? {}).map((scope) => `${id}/${scope}`)
    expect(rules.map((r) => r.id)).toEqual([...RULES.flatMap((r) => [r.id, ...scoped(r.id)]), 'KMS.9'])
    expect(rules.map((r) => r.id)).toContain('KMS.2/account-wide')
    for (const rule of rules) {
      expect(rule.help?.text).toBeTruthy()
      expect(rule.helpUri).toBe(ruleDocsUrl(rule.id))
      expect(rule.help?.markdown).toContain(`(${ruleDocsUrl(rule.id)})`)
      // The full description says more than the short one.
      expect(rule.fullDescription!.text.startsWith(rule.shortDescription!.text)).toBe(true)
      expect(rule.fullDescription!.text.length).toBeGreaterThan(rule.shortDescription!.text.length + 40)
    }
  })

  it('links each rule to its page at the version that runs, a page this repository has', () => {
    for (const { id } of RULES) {
      const url = ruleDocsUrl(id)
      expect(url).toBe(`${REPOSITORY}/blob/v${VERSION}/docs/rules/${id}.md`)
      expect(existsSync(new URL(`../../docs/rules/${id}.md`, import.meta.url))).toBe(true)
    }
    expect(ruleDocsUrl('KMS.2/account-wide')).toBe(ruleDocsUrl('KMS.2'))
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
        message: { text: 'File not read as a template: YAML: unexpected end of the stream' },
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

describe('security-severity by what a finding means', () => {
  const examples = fileURLToPath(new URL('../../examples', import.meta.url))

  async function sarifOf(paths: string[]): Promise<Sarif.Log> {
    const outcome = await runCli([...paths, '--format', 'sarif', '--fail-on', 'never'], examples)
    expect(outcome.stderr).toBe('')
    return JSON.parse(outcome.stdout) as Sarif.Log
  }

  /** Each result's rule id with the security-severity code scanning shows for it (read from its rule). */
  async function severities(paths: string[]): Promise<[string, string, number | undefined][]> {
    const [run] = (await sarifOf(paths)).runs
    const rules = run.tool.driver.rules!
    return run.results!.map((r) => {
      const severity = rules[r.ruleIndex!].properties?.['security-severity'] as string | undefined
      expect(rules[r.ruleIndex!].id).toBe(r.ruleId)
      return [r.ruleId!, r.level!, severity === undefined ? undefined : Number(severity)]
    })
  }

  it('ranks a grant on all keys High and a grant within one account Low, apart, as code scanning reads per rule', async () => {
    // examples/plain/data-pipeline.yaml: WorkerRole decrypts with any key (line 49), AuditorsGroup with its account's (64).
    const [allKeys, accountWide] = await severities(['plain/data-pipeline.yaml'])
    expect(allKeys.slice(0, 2)).toEqual(['KMS.2', 'error'])
    expect(allKeys[2]).toBeGreaterThanOrEqual(7)
    expect(accountWide.slice(0, 2)).toEqual(['KMS.2/account-wide', 'note'])
    expect(accountWide[2]).toBeLessThan(4)
  })

  it('ranks a key policy open to anyone Critical, and full KMS access at least as high as decrypt on all keys', async () => {
    const found = await severities(['plain/shared-key.yaml', 'cdk.out'])
    const of = (id: string) => found.find(([ruleId]) => ruleId === id)![2]!
    expect(of('KMS.5')).toBeGreaterThanOrEqual(9)
    expect(of('KMS.FullAccess')).toBeGreaterThanOrEqual(of('KMS.2'))
    expect(of('KMS.2')).toBeGreaterThanOrEqual(7)
    expect(of('KMS.3')).toBeLessThan(7)
  })

  it('tags only security rules `security`: a malformed suppression, policy or template is not a security alert', () => {
    const rules = toSarif(result([])).runs[0].tool.driver.rules!
    const security = rules.filter((r) => (r.properties!.tags as string[]).includes('security'))
    const others = rules.filter((r) => !security.includes(r))
    expect(others.map((r) => r.id)).toEqual(['Suppression', 'IAM.Syntax', 'CFN.Syntax'])
    for (const rule of others) expect(rule.properties!['security-severity']).toBeUndefined()
    for (const rule of security) expect(rule.properties!['security-severity']).toMatch(/^\d+\.\d$/)
  })

  it('are the ones docs/action.md lists', () => {
    const docs = readFileSync(new URL('../../docs/action.md', import.meta.url), 'utf8')
    for (const rule of toSarif(result([])).runs[0].tool.driver.rules!) {
      const severity = rule.properties!['security-severity'] as string | undefined
      expect(docs).toContain(`| \`${rule.id}\` | ${severity ?? 'none'} |`)
    }
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
