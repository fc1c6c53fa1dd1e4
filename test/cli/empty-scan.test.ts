/**
 * A scan that finds no template must not pass as "no findings": a misspelt or moved folder would pass every run.
 * It is exit 2 naming the paths, unless --allow-empty; a change that touches no template passes and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/cli.js'
import { Repo, removeProjects } from '../suppress/helpers.js'

/** A customer managed policy that lets its principals decrypt with every key: KMS.1, an error, at line 7. */
const DECRYPT_ALL = readFileSync(new URL('../fixtures/cli/managed-policy-decrypt-all.yaml', import.meta.url), 'utf8')

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-empty-'))
  mkdirSync(path.join(dir, 'templates'))
  mkdirSync(path.join(dir, 'docs'))
  mkdirSync(path.join(dir, 'nothing'))
  writeFileSync(path.join(dir, 'templates/leaky.yaml'), DECRYPT_ALL)
  writeFileSync(path.join(dir, 'docs/mkdocs.yml'), 'site_name: docs\n')
  writeFileSync(path.join(dir, 'docs/index.md'), '# docs\n')
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  removeProjects()
})

describe('a scan that finds no template', () => {
  it.each([
    ['a folder of YAML that is not CloudFormation', ['docs'], 'docs (1 file read, none a template)'],
    ['an empty folder', ['nothing'], 'nothing (no YAML, JSON or Terraform file)'],
    [
      'a misspelt folder',
      ['tempaltes'],
      'tempaltes (no YAML, JSON or Terraform file; tempaltes: no such file or folder, or nothing matches this pattern)',
    ],
    ['several paths, none with a template', ['docs', 'nothing'], 'docs, nothing (1 file read, none a template)'],
  ])('%s: exit 2, one line naming the paths, no report', async (_, argv, found) => {
    const outcome = await runCli(argv, dir, {})
    expect(outcome).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: `cfn-kms-check: no template found in ${found}; check the paths, or pass --allow-empty\n`,
    })
  })

  it('passes with --allow-empty, and the report says 0 templates', async () => {
    const outcome = await runCli(['docs', '--allow-empty'], dir, {})
    expect(outcome.exitCode).toBe(0)
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout).toMatch(
      /^✔ no findings in 0 templates \(0 identity policies; 1 file read, 1 not a template\)/,
    )
  })

  it('is not an error when one of the paths holds a template', async () => {
    const outcome = await runCli(['docs', 'templates', '--format', 'json'], dir, {})
    expect(outcome.exitCode).toBe(1)
    expect(JSON.parse(outcome.stdout).summary).toMatchObject({ templates: 1, findings: 1 })
  })
})

describe('--changed-since a commit', () => {
  it('a change that touches no template passes and says there was nothing to check', async () => {
    const repo = Repo.init()
    const base = repo.commit('base', { 'infra/leaky.yaml': DECRYPT_ALL })
    repo.commit('docs', { 'README.md': '# infra\n', 'infra/notes.yml': 'owner: platform\n' })
    const outcome = await runCli(['--changed-since', base], repo.dir, {})
    expect(outcome.exitCode).toBe(0)
    expect(outcome.stderr).toBe(`cfn-kms-check: no template changed since ${base}, so there is nothing to check\n`)
    expect(outcome.stdout).toMatch(/^✔ no findings in 0 templates .*; 1 unchanged files? not scanned/m)
  })

  it('a change to a template is judged as usual', async () => {
    const repo = Repo.init()
    const base = repo.commit('base', { 'README.md': '# infra\n' })
    repo.commit('template', { 'infra/leaky.yaml': DECRYPT_ALL })
    const outcome = await runCli(['--changed-since', base], repo.dir, {})
    expect(outcome.exitCode).toBe(1)
    expect(outcome.stderr).toBe('')
  })
})
