/**
 * A KMS.Effective finding in every format the CLI prints, and the date of the AWS managed policy data in the
 * reports that name their tool (JSON `tool`, SARIF `tool.driver`, the pull request comment's footer).
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/cli.js'
import { ruleById } from '../../src/checks/index.js'
import { VERSION } from '../../src/version.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/effective', import.meta.url))
const AS_OF = /AWS managed policies as of \d{4}-\d{2}-\d{2}/

async function print(format: string, ...more: string[]): Promise<string> {
  const outcome = await runCli(
    ['administrator-access.yaml', '--format', format, '--fail-on', 'never', ...more],
    FIXTURES,
  )
  expect(outcome.stderr).toBe('')
  expect(outcome.exitCode).toBe(0)
  return outcome.stdout
}

describe('KMS.Effective in each format', () => {
  it('text: the finding at the ARN, with the managed policy, statement, witness and fix (--verbose)', async () => {
    const text = await print('text', '--verbose')
    expect(text).toContain(
      'administrator-access.yaml:14:11  warning  KMS.Effective (all-keys)  Role DeployRole can decrypt with any KMS key through the AWS managed policy AdministratorAccess',
    )
    expect(text).toContain('resource DeployRole (AWS::IAM::Role), policy AdministratorAccess, Statement[0]')
    expect(text).toMatch(/witness {2}arn:aws:kms:[a-z0-9-]+:\d{12}:key\//)
    expect(text).toContain('fix      Attach a narrower policy than AdministratorAccess;')
  })

  it('JSON: the finding, and the data date in tool', async () => {
    const report = JSON.parse(await print('json'))
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'KMS.Effective',
        level: 'warning',
        scope: 'all-keys',
        line: 14,
        column: 11,
        policy: 'AdministratorAccess',
        statement: 0,
      }),
    ])
    expect(report.tool).toEqual({
      name: 'cfn-kms-check',
      version: VERSION,
      managedPolicies: expect.stringMatching(AS_OF),
    })
  })

  it('markdown: a row for the finding and the data date in the footer', async () => {
    const body = await print('markdown')
    expect(body).toContain('<details><summary>🟠 Warnings: 1 entry</summary>')
    expect(body).toMatch(
      /\| administrator-access\.yaml:14 \| \[KMS\.Effective\]\(\S+\) \| `DeployRole` \(AWS::IAM::Role\) policy `AdministratorAccess` Statement\[0\] \|/,
    )
    expect(body.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^<sub>cfn-kms-check ${VERSION.replaceAll('.', '\\.')} · ${AS_OF.source}</sub>$`),
    )
  })

  it('SARIF: its own rule with help and severity, the result at the ARN, the data date on the driver', async () => {
    const log = JSON.parse(await print('sarif'))
    const driver = log.runs[0].tool.driver
    expect(driver.properties.managedPolicies).toMatch(AS_OF)
    const rule = driver.rules.find((r: { id: string }) => r.id === 'KMS.Effective')
    expect(rule.help.text).toContain(ruleById('KMS.Effective')!.help)
    // A principal that can decrypt with every key: High, as the all-keys grants of KMS.1 and KMS.2.
    expect(rule.properties['security-severity']).toBe('7.0')
    expect(log.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'KMS.Effective',
        level: 'warning',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'administrator-access.yaml' },
              region: { startLine: 14, startColumn: 11, endLine: 14, endColumn: 54 },
            },
          },
        ],
      }),
    ])
  })
})
