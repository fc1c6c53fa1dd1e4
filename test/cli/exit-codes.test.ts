import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/cli.js'

/** A customer managed policy that lets its principals decrypt with every key: KMS.1, an error, at line 7. */
const DECRYPT_ALL = readFileSync(new URL('../fixtures/cli/managed-policy-decrypt-all.yaml', import.meta.url), 'utf8')
const CLEAN = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
`

let dir: string
const write = (name: string, text: string): string => {
  writeFileSync(path.join(dir, name), text)
  return name
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-exit-'))
  write('clean.yaml', CLEAN)
  write('leaky.yaml', DECRYPT_ALL)
  // A template (its version line says so) that does not parse.
  write('broken.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n')
  write('bad-config.yml', 'fail-on: sometimes\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('exit status', () => {
  it.each([
    ['0 when nothing reaches --fail-on', ['clean.yaml'], 0],
    ['1 for a finding at or above --fail-on', ['leaky.yaml'], 1],
    ['0 when --fail-on never', ['leaky.yaml', '--fail-on', 'never'], 0],
    ['1 for a template that cannot be read, even with no finding', ['clean.yaml', 'broken.yaml'], 1],
    [
      '0 for an unreadable template with --allow-unreadable (still reported)',
      ['clean.yaml', 'broken.yaml', '--allow-unreadable'],
      0,
    ],
    [
      '1 with --allow-unreadable when a finding still reaches --fail-on',
      ['leaky.yaml', 'broken.yaml', '--allow-unreadable'],
      1,
    ],
    ['2 for an unknown option', ['--frobnicate'], 2],
    ['2 for an invalid config file', ['clean.yaml', '--config', 'bad-config.yml'], 2],
  ])('%s', async (_name, argv, code) => {
    const outcome = await runCli(argv, dir)
    expect(outcome.exitCode).toBe(code)
  })

  it('still reports the unreadable template, with its line, under --allow-unreadable', async () => {
    const outcome = await runCli(['broken.yaml', '--allow-unreadable', '--format', 'json'], dir)
    const report = JSON.parse(outcome.stdout)
    expect(report.errors).toEqual([expect.objectContaining({ file: 'broken.yaml', line: 3 })])
  })

  it('names the config file, line and problem on exit 2', async () => {
    const outcome = await runCli(['clean.yaml', '--config', 'bad-config.yml'], dir)
    expect(outcome.stderr).toMatch(/bad-config\.yml:1:\d+: fail-on must be one of error, warning, note, never/)
    expect(outcome.stdout).toBe('')
  })
})
