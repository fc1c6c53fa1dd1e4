import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/cli.js'
import { writeCorpus } from '../../scripts/bench/corpus.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const GOLDEN = path.join(root, 'test/fixtures/golden')
/** After a change meant to alter the report: UPDATE_GOLDEN=1 npx jest test/report/golden.test.ts, and read the diff. */
const update = process.env['UPDATE_GOLDEN'] === '1'

/** The JSON report of `paths` scanned from `cwd`, as the CLI prints it (a fixed date, for suppressions' expiry). */
async function jsonReport(cwd: string, paths: string[]): Promise<string> {
  const outcome = await runCli([...paths, '--format', 'json', '--fail-on', 'never', '--today', '2026-12-01'], cwd, {})
  expect(outcome.stderr).toBe('')
  return outcome.stdout
}

function expectGolden(name: string, report: string): void {
  const file = path.join(GOLDEN, `${name}.json`)
  if (update) writeFileSync(file, report)
  expect(report).toBe(readFileSync(file, 'utf8'))
}

/** Runs one of the bench's corpus generators (deterministic) into a new folder; returns the folder. */
function generated(script: string, ...args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-golden-'))
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/bench', script), dir, ...args], {
    encoding: 'utf8',
  })
  expect(run.status).toBe(0)
  return dir
}

// Work that makes the scan faster must not change what it reports: the JSON report of the examples and of
// samples of every corpus the bench measures is the committed one, byte for byte.
describe('the JSON report stays byte for byte', () => {
  it('on examples/', async () => {
    const report = await jsonReport(root, ['examples'])
    expect(JSON.parse(report).findings.length).toBeGreaterThan(10)
    expectGolden('examples', report)
  })

  it.each([
    ['realistic', 12, '0.05'],
    ['worst-case', 5, '1'],
  ])('on a sample of the %s corpus (gen-corpus.mjs)', async (name, count, rate) => {
    const dir = generated('gen-corpus.mjs', String(count), '8', rate)
    try {
      const report = await jsonReport(dir, ['.'])
      expect(JSON.parse(report).summary.templates).toBe(count)
      expectGolden(`gen-corpus-${name}`, report)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('on a sample of our older generator corpus (corpus.mjs)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-golden-'))
    try {
      writeCorpus({ dir, count: 12, totalBytes: 120_000, findingShare: 0.5, seed: 20261125 })
      const report = await jsonReport(dir, ['.'])
      expect(JSON.parse(report).summary.templates).toBe(12)
      expectGolden('own-corpus', report)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('on a sample of the Terraform corpus (gen-terraform.mjs)', async () => {
    const dir = generated('gen-terraform.mjs', '30', '0.2')
    try {
      const report = await jsonReport(dir, ['.'])
      expect(JSON.parse(report).findings.length).toBeGreaterThan(0)
      expectGolden('terraform', report)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
