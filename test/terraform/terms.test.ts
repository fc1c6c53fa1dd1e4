/**
 * The rules word their findings for CloudFormation; src/terraform/terms.ts tells Terraform findings in
 * Terraform's words by rewriting that text. This guard scans every Terraform fixture (all rules that judge
 * Terraform fire among them) and fails when a rule's wording changes so that a CloudFormation word gets through.
 */
import { beforeAll, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const MODULES = readdirSync(path.join(ROOT, 'test/fixtures/terraform')).map((name) => `test/fixtures/terraform/${name}`)
const PLANS = ['test/fixtures/terraform-plan-beside-config/plan.json', 'test/fixtures/terraform-plans/plan.json']

/** What only a CloudFormation user would understand (Terraform's own `templatefile` is Terraform's word). */
const CLOUDFORMATION_WORDS =
  /Fn::|!GetAtt|!Sub|!Ref|\bstack\b|[Tt]emplate(?!file\()|DeletionPolicy|EnableKeyRotation|PendingWindowInDays|KeyPolicy|AllowedValues|AllowedPattern|CloudFormation|Metadata|logical id|[Gg]ive parameter|expires: /

beforeAll(async () => {
  await startHcl()
})

test('every Terraform finding is told in Terraform words: title, message, fix and what is unresolved', () => {
  const findings = [...MODULES, ...PLANS].flatMap((fixture) => {
    const result = scan({ paths: [fixture], cwd: ROOT, today: '2026-12-01' })
    return [...result.findings, ...result.suppressed]
  })
  expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual([
    'IAM.Syntax',
    'KMS.1',
    'KMS.2',
    'KMS.3',
    'KMS.4',
    'KMS.5',
    'KMS.Effective',
    'KMS.FullAccess',
    'Suppression',
  ])
  const leaks = findings.flatMap((f) =>
    [f.title, f.message, f.fix, ...f.unresolved]
      .filter((text) => CLOUDFORMATION_WORDS.test(text))
      .map((text) => `${f.ruleId} ${f.file}:${f.line}: ${text}`),
  )
  expect(leaks).toEqual([])
})
