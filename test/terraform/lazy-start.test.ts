/**
 * The HCL parser is started only when a scan finds a `.tf` file: a repository without Terraform never loads
 * web-tree-sitter or reads its WebAssembly, so its cold start is what it was before Terraform support.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runScan } from '../../src/scan/run.js'
import { hclParser } from '../../src/terraform/hcl.js'
import { requireFreshDist } from '../dist.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
let temp: string

beforeAll(() => {
  requireFreshDist()
  temp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-lazy-'))
  // The CLI bundle without the parser's WebAssembly files: reading them would fail.
  cpSync(path.join(ROOT, 'dist/cli'), path.join(temp, 'cli'), {
    recursive: true,
    filter: (from) => !from.endsWith('.wasm'),
  })
  cpSync(path.join(ROOT, 'examples/plain'), path.join(temp, 'plain'), { recursive: true })
  cpSync(path.join(ROOT, 'test/fixtures/terraform/jsonencode-full-access'), path.join(temp, 'infra'), {
    recursive: true,
  })
})

afterAll(() => rmSync(temp, { recursive: true, force: true }))

const settings = { cwd: ROOT, ignore: [], parameters: {}, today: '2026-12-01' }

test('a scan without .tf files leaves the parser unstarted; the first .tf file starts it', async () => {
  const templates = await runScan({ ...settings, paths: ['examples/plain'] })
  expect(templates.result.summary.templates).toBeGreaterThan(0)
  expect(hclParser()).toBeNull()

  const terraform = await runScan({ ...settings, paths: ['test/fixtures/terraform/jsonencode-full-access'] })
  expect(terraform.result.findings.map((f) => f.ruleId)).toEqual(['KMS.1', 'KMS.FullAccess'])
  expect(hclParser()).not.toBeNull()
  expect(hclParser()).not.toBeInstanceOf(Error)
})

test('the bundled CLI scans templates without the parser WebAssembly; a .tf file then is a located error', () => {
  const run = (folder: string) =>
    spawnSync(process.execPath, ['cli/index.js', folder, '--format', 'json', '--fail-on', 'never'], {
      cwd: temp,
      encoding: 'utf8',
    })
  const templates = run('plain')
  expect(templates.stderr).toBe('')
  expect(templates.status).toBe(0)
  expect(JSON.parse(templates.stdout).findings.length).toBeGreaterThan(0)

  const terraform = run('infra')
  const report = JSON.parse(terraform.stdout)
  expect(report.findings).toEqual([])
  expect(report.errors).toEqual([
    expect.objectContaining({
      file: 'infra/main.tf',
      line: 1,
      message: expect.stringMatching(/^the HCL parser could not start, so this Terraform module is not judged: /),
    }),
  ])
})
