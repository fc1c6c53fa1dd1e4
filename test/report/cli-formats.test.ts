import { describe, expect, it } from '@jest/globals'
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
