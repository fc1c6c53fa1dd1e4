/**
 * refa (regular expressions as automata) is not in the bundles: the CLI and the action require it from
 * refa.cjs beside them the first time a parameter's AllowedPattern must be decided. Run from a copy of dist/,
 * so the project's node_modules cannot stand in for a file the build forgot.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyOfDist } from '../dist.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TEMPLATE = 'parameter-allowed-pattern-account.yaml'
let temp: string

beforeAll(() => {
  temp = copyOfDist('cfn-kms-check-refa-')
  copyFileSync(path.join(ROOT, 'test/fixtures/policies', TEMPLATE), path.join(temp, TEMPLATE))
})

afterAll(() => rmSync(temp, { recursive: true, force: true }))

function scan(): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['dist/cli/index.js', TEMPLATE, '--format', 'json'], {
    cwd: temp,
    encoding: 'utf8',
  })
}

test('the bundled CLI decides an AllowedPattern with the refa.cjs beside it: every key of one account, a note', () => {
  const run = scan()
  expect(run.status).toBe(0)
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; scope: string; line: number }[] }
  expect(report.findings.map((f) => [f.ruleId, f.scope, f.line])).toEqual([['KMS.1', 'account-wide', 14]])
})

test('without refa.cjs the run is an internal error naming the template (exit 3), never a pattern that proves nothing', () => {
  rmSync(path.join(temp, 'dist/cli/refa.cjs'))
  const run = scan()
  expect(run.status).toBe(3)
  expect(run.stderr).toContain(`${TEMPLATE}: internal error while checking this template`)
})

test('both bundles carry refa.cjs', () => {
  for (const folder of ['dist', 'dist/cli']) expect(existsSync(path.join(ROOT, folder, 'refa.cjs'))).toBe(true)
})
