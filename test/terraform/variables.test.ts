/**
 * Terraform variable values: terraform.tfvars and *.auto.tfvars beside the module (as Terraform reads them),
 * then the files given with --var-file, then --parameter, each winning over the one before.
 */
import { beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/cli.js'
import { runScan } from '../../src/scan/run.js'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'
import { variableFiles } from '../../src/terraform/module.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const MODULE = 'test/fixtures/terraform/variables-from-tfvars'
const FILES = 'test/fixtures/terraform-var-files'

beforeAll(async () => {
  await startHcl()
})

function judge(varFiles: string[] = [], parameters: Record<string, string> = {}) {
  const result = scan({ paths: [MODULE], cwd: ROOT, varFiles, parameters, today: '2026-12-01' })
  return { findings: result.findings.map((f) => [f.ruleId, f.line, f.resource]), errors: result.errors }
}

test('terraform.tfvars and *.auto.tfvars beside the module are read; the auto file wins', () => {
  expect(judge()).toEqual({ findings: [['KMS.1', 12, 'aws_iam_policy.reader']], errors: [] })
})

test('the folder own variables files in the order Terraform reads them, whatever order the folder lists them in', () => {
  expect(
    variableFiles(['b.auto.tfvars', 'terraform.tfvars.json', 'main.tf', 'a.auto.tfvars.json', 'terraform.tfvars']),
  ).toEqual(['terraform.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars.json', 'b.auto.tfvars'])
  expect(variableFiles(['prod.tfvars', 'terraform.tfvars.json.bak', 'main.tf'])).toEqual([])
})

test('terraform.tfvars.json beside the module is read, and wins over terraform.tfvars', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'cfn-kms-tfvars-'))
  try {
    writeFileSync(path.join(folder, 'main.tf'), readFileSync(path.join(ROOT, MODULE, 'main.tf')))
    writeFileSync(path.join(folder, 'terraform.tfvars'), 'reader_keys = ["*"]\nwriter_key = "*"\n')
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    writeFileSync(path.join(folder, 'terraform.tfvars.json'), JSON.stringify({ reader_keys: [key], writer_key: key }))
    const result = scan({ paths: ['.'], cwd: folder, today: '2026-12-01' })
    expect(result.errors).toEqual([])
    expect(result.findings).toEqual([])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('--var-file wins over the module own files, later files over earlier ones, --parameter over all', () => {
  expect(judge([`${FILES}/prod.tfvars`])).toEqual({ findings: [], errors: [] })
  expect(judge([`${FILES}/prod.tfvars`, `${FILES}/staging.tfvars.json`])).toEqual({
    findings: [['KMS.1', 23, 'aws_iam_policy.writer']],
    errors: [],
  })
  expect(
    judge([`${FILES}/staging.tfvars.json`], {
      writer_key: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    }),
  ).toEqual({
    findings: [['KMS.1', 12, 'aws_iam_policy.reader']],
    errors: [],
  })
})

test('a variables file that does not parse, or is missing, is a located error', () => {
  const { errors } = judge([`${FILES}/broken.tfvars`, `${FILES}/missing.tfvars`])
  expect(errors.map((e) => [e.file, e.line, e.message])).toEqual([
    [`${FILES}/broken.tfvars`, 1, expect.stringMatching(/^not valid HCL \(unexpected "reader_keys = \["\)/)],
    [`${FILES}/missing.tfvars`, 1, 'cannot read the variables file: no such file'],
  ])
})

test('the CLI takes --var-file', async () => {
  const run = await runCli([MODULE, '--var-file', `${FILES}/staging.tfvars.json`, '--format', 'json'], ROOT)
  expect(run.exitCode).toBe(1)
  expect(JSON.parse(run.stdout).findings.map((f: { resource: string }) => f.resource)).toEqual([
    'aws_iam_policy.reader',
    'aws_iam_policy.writer',
  ])
})

test('var-files in the config file are read first; files given on the command line win over them', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-var-files-'))
  try {
    const configFile = path.join(dir, 'config.yml')
    writeFileSync(configFile, `var-files:\n  - ${FILES}/staging.tfvars.json\n`)
    const resources = async (varFiles: string[]) =>
      (
        await runScan({ cwd: ROOT, paths: [MODULE], ignore: [], parameters: {}, configFile, varFiles })
      ).result.findings.map((f) => f.resource)
    expect(await resources([])).toEqual(['aws_iam_policy.reader', 'aws_iam_policy.writer'])
    expect(await resources([`${FILES}/prod.tfvars`])).toEqual(['aws_iam_policy.writer'])
    writeFileSync(configFile, 'var-files: {prod: env/prod.tfvars}\n')
    await expect(resources([])).rejects.toThrow('config.yml:1:12: var-files must be a string or a list of strings')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
