import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/cli.js'
import { COMMENT_MARKER } from '../../src/report/markdown.js'

const FIXTURES = fileURLToPath(new URL('../action/fixtures', import.meta.url))

describe('cfn-kms-check --format', () => {
  it('markdown prints the pull request comment body', async () => {
    const outcome = await runCli(['app-role.yaml', '--format', 'markdown'], FIXTURES)
    expect(outcome.exitCode).toBe(1)
    expect(
      outcome.stdout.startsWith(
        `${COMMENT_MARKER}\n\n### ❌ cfn-kms-check failed (fail-on: \`error\`): 1 finding (1 error)\n`,
      ),
    ).toBe(true)
    // The statement as the template writes it (read from the file), and the fix as code.
    expect(outcome.stdout).toContain(
      '`AppRole` (AWS::IAM::Role) policy `read-secrets` Statement[0] `DecryptSecrets`\n\n' +
        "```yaml\n- Sid: DecryptSecrets\n  Effect: Allow\n  Action: kms:Decrypt\n  Resource: '*'\n```\n\n" +
        '**Fix:** Name the keys:\n\n```yaml\nResource: !Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/<key-id>"\n```',
    )
  })

  it('json written to --output, a piece at a time, is the printed report byte for byte: two-space JSON', async () => {
    const args = ['.', '--format', 'json', '--fail-on', 'never', '--today', '2026-12-01']
    const printed = await runCli(args, FIXTURES)
    const report = JSON.parse(printed.stdout)
    // Findings and a file that cannot be read: the lists written one entry at a time are not empty.
    expect(report.findings.length).toBeGreaterThan(3)
    expect(report.errors.length).toBeGreaterThan(0)
    expect(printed.stdout).toBe(JSON.stringify(report, null, 2) + '\n')
    const folder = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-json-'))
    try {
      const file = path.join(folder, 'report.json')
      const written = await runCli([...args, '--output', file], FIXTURES)
      expect(written.exitCode).toBe(0)
      expect(readFileSync(file, 'utf8')).toBe(printed.stdout)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('sarif prints a SARIF 2.1.0 log with exact regions and fingerprints', async () => {
    const outcome = await runCli(['app-role.yaml', '--format', 'sarif', '--fail-on', 'never'], FIXTURES)
    expect(outcome.exitCode).toBe(0)
    const log = JSON.parse(outcome.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results).toHaveLength(1)
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'app-role.yaml' },
      region: { startLine: 18, startColumn: 17, endLine: 21, endColumn: 30 },
    })
    expect(log.runs[0].results[0].partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/)
  })
})
