import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/cli.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('the variant a finding holds in', () => {
  it('names the mapping entry picked for a key known only at deploy time, in the text block and, with --verbose, the message', async () => {
    const { stdout } = await runCli(['test/fixtures/policies/findinmap-region.yaml', '--verbose'], root)
    expect(stdout).toMatch(/^ {4}variant {2}KeyScope\/eu-west-1\/DecryptResource$/m)
    expect(stdout).toMatch(/In the variant KeyScope\/eu-west-1\/DecryptResource\./)
  })

  it('names the Fn::If condition and branch', async () => {
    const { stdout } = await runCli(['examples/plain/data-pipeline.yaml', '--verbose'], root)
    expect(stdout).toMatch(/^ {4}variant {2}IsProd=false$/m)
    expect(stdout).toMatch(/In the variant IsProd=false\./)
  })
})
