/**
 * New findings only on Terraform: the modules as they were on the base commit are judged the same way, so
 * a finding that was already there (in a file the change did not touch, or moved) stays old.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { compareWithBase } from '../../src/scan/baseline.js'
import { scan, type ScanOptions } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'
import { removeProjects, Repo } from '../suppress/helpers.js'

beforeAll(async () => {
  await startHcl()
})
afterAll(removeProjects)

const policy = (name: string, resource: string) => `
resource "aws_iam_policy" "${name}" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "${resource}" }]
  })
}
`

test('a finding already on the base commit is old, also when a new file beside it changes the module; the added one is new', () => {
  const repo = Repo.init()
  const baseSha = repo.commit('base', {
    'infra/old.tf': policy('old', '*'),
    'infra/variables.tf': 'variable "stage" {\n  default = "dev"\n}\n',
  })
  repo.commit('head', {
    'infra/old.tf': `# moved down by a comment\n${policy('old', '*')}`,
    'infra/new.tf': policy('added', '*'),
  })
  const options: ScanOptions = { paths: ['.'], cwd: repo.dir, today: '2026-12-01' }
  const result = compareWithBase(scan(options), baseSha, options)
  expect(result.findings.map((f) => [f.file, f.line, f.resource])).toEqual([
    ['infra/new.tf', 5, 'aws_iam_policy.added'],
  ])
  expect(result.baseline.map((f) => [f.file, f.line, f.resource])).toEqual([['infra/old.tf', 6, 'aws_iam_policy.old']])
})
