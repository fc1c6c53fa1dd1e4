/**
 * The HCL parser's trees live in WebAssembly memory, which JavaScript's garbage collector never frees: a
 * scan frees each tree once it is read, so its memory does not grow with the number of modules (kept, the
 * 2,000-file bench corpus took 400 MB more).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let dir: string

/** Writes `count` generated .tf files (modules of ten) into `folder` under the temporary folder. */
function generate(folder: string, count: number): void {
  const run = spawnSync(process.execPath, ['scripts/bench/gen-terraform.mjs', path.join(dir, folder), String(count)], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(run.stderr)
}

beforeAll(async () => {
  await startHcl()
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-tf-memory-'))
  generate('one', 10)
  generate('many', 300)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

test("scanning 30 modules takes no more of the parser's memory than scanning one", () => {
  const one = scan({ paths: ['one'], cwd: dir })
  expect(one.summary.templates).toBe(1)
  const before = process.memoryUsage().external
  const many = scan({ paths: ['many'], cwd: dir })
  expect(many.summary.templates).toBe(30)
  expect(many.findings.length).toBeGreaterThan(0)
  // Trees kept took 36 MB more here.
  expect(process.memoryUsage().external - before).toBeLessThan(8 * 1024 * 1024)
})
