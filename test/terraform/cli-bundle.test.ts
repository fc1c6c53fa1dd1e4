/**
 * The bundled CLI (dist/cli/index.js, built by `npm run build`) reads Terraform with the WebAssembly files
 * the build copies beside it: run from a copy of dist/, so it cannot reach the project's node_modules.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyOfDist } from '../dist.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
let temp: string

beforeAll(() => {
  temp = copyOfDist('cfn-kms-check-tf-')
  cpSync(path.join(ROOT, 'test/fixtures/terraform/jsonencode-full-access'), path.join(temp, 'infra'), {
    recursive: true,
  })
})

afterAll(() => rmSync(temp, { recursive: true, force: true }))

test('the bundled CLI reports a Terraform module by address, file and line', () => {
  const output = execFileSync(
    process.execPath,
    ['dist/cli/index.js', 'infra', '--format', 'json', '--fail-on', 'never'],
    {
      cwd: temp,
      encoding: 'utf8',
    },
  )
  const report = JSON.parse(output) as { findings: { ruleId: string; file: string; line: number; resource: string }[] }
  expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.resource])).toEqual([
    ['KMS.1', 'infra/main.tf', 6, 'aws_iam_policy.admin'],
    ['KMS.FullAccess', 'infra/main.tf', 6, 'aws_iam_policy.admin'],
  ])
})

test('each bundle holds the two WebAssembly files it loads, and no other copy', () => {
  for (const folder of ['dist', 'dist/cli'])
    expect(readdirSync(path.join(ROOT, folder)).filter((name) => name.endsWith('.wasm'))).toEqual([
      'tree-sitter-terraform.wasm',
      'tree-sitter.wasm',
    ])
})
