/**
 * Bad Terraform input: each gives one located error (or is judged within bounds), and nothing else is lost:
 * the valid module beside it is still judged.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let dir: string

beforeAll(async () => {
  await startHcl()
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-tf-bad-'))
  cpSync(path.join(ROOT, 'test/fixtures/terraform/jsonencode-full-access'), path.join(dir, 'valid'), {
    recursive: true,
  })
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Scans `bad` (written by `write`) beside the valid module; the valid module's two findings must survive. */
function scanBeside(write: (folder: string) => void) {
  const bad = path.join(dir, 'bad')
  rmSync(bad, { recursive: true, force: true })
  mkdirSync(bad)
  write(bad)
  const result = scan({ paths: ['.'], cwd: dir })
  expect(result.findings.filter((f) => f.file === 'valid/main.tf').map((f) => f.ruleId)).toEqual([
    'KMS.1',
    'KMS.FullAccess',
  ])
  return result
}

test('a binary .tf file is a located error', () => {
  const result = scanBeside((bad) =>
    writeFileSync(path.join(bad, 'main.tf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])),
  )
  expect(result.errors.map((e) => [e.file, e.line])).toEqual([['bad/main.tf', 1]])
  expect(result.errors[0].message).toMatch(/not a text file/)
})

test('10,000 nested blocks parse, and deep expressions stop at the depth bound', () => {
  const depth = 10_000
  const result = scanBeside((bad) =>
    writeFileSync(
      path.join(bad, 'main.tf'),
      `resource "aws_iam_policy" "deep" {\n  policy = ${'['.repeat(depth)}"x"${']'.repeat(depth)}\n}\n${'a {\n'.repeat(depth)}${'}\n'.repeat(depth)}`,
    ),
  )
  expect(result.errors.filter((e) => e.file.startsWith('bad/')).map((e) => e.line)).toEqual([])
})

test('a file over 5 MiB is a located error, not read', () => {
  const result = scanBeside((bad) => writeFileSync(path.join(bad, 'big.tf'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`))
  expect(result.errors.map((e) => [e.file, e.line])).toEqual([['bad/big.tf', 1]])
  expect(result.errors[0].message).toMatch(/MiB; files over 5 MiB are not read/)
})

test('a module that sources itself is a located error, read once', () => {
  const result = scanBeside((bad) =>
    writeFileSync(
      path.join(bad, 'main.tf'),
      'module "again" {\n  source = "./"\n}\n\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "*" }] })\n}\n',
    ),
  )
  expect(result.errors.map((e) => [e.file, e.line, e.message])).toEqual([
    ['bad/main.tf', 1, 'module module.again sources a module that calls it (a cycle); it is not read'],
  ])
  expect(result.findings.filter((f) => f.file === 'bad/main.tf').map((f) => [f.ruleId, f.line, f.resource])).toEqual([
    ['KMS.1', 6, 'aws_iam_policy.p'],
  ])
})
