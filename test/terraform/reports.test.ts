/**
 * Terraform findings in the PR comment and in SARIF: the exact file and line, the statement as written in HCL,
 * fixes in HCL terms, links to the rule pages.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ruleDocsUrl } from '../../src/checks/rule.js'
import { MAX_COMMENT_BYTES, renderMarkdown } from '../../src/report/markdown.js'
import { toSarif } from '../../src/report/sarif.js'
import { scan } from '../../src/scan/scan.js'
import { startHcl } from '../../src/terraform/hcl.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const DIR = 'test/fixtures/terraform'
const SHA = 'a'.repeat(40)
const BLOB = `https://github.example/octo-org/infra/blob/${SHA}/${DIR}`

beforeAll(async () => {
  await startHcl()
})

const scanOf = (...names: string[]) => scan({ paths: names.map((n) => `${DIR}/${n}`), cwd: ROOT, today: '2026-12-01' })

const comment = (result: ReturnType<typeof scanOf>, failOn: 'error' | 'warning') =>
  renderMarkdown(result, {
    gate: { failOn, allowUnreadable: false },
    marker: true,
    maxBytes: MAX_COMMENT_BYTES,
    overflowPointer: 'See the job summary.',
    links: { serverUrl: 'https://github.example', repository: 'octo-org/infra', sha: SHA },
    source: (file) => readFileSync(path.join(ROOT, file), 'utf8'),
  })

describe('the PR comment', () => {
  test('a policy document statement: linked at its lines, shown as HCL, the fix as HCL, the rule linked', () => {
    const body = comment(scanOf('policy-document-decrypt-all-keys'), 'error')
    expect(body).toContain(
      [
        `**🔴 error** · **[${DIR}/policy-document-decrypt-all-keys/main.tf:17](${BLOB}/policy-document-decrypt-all-keys/main.tf#L17-L21)** · [KMS.2](${ruleDocsUrl('KMS.2')}) · aws\\_iam\\_role\\_policy.worker can decrypt with any KMS key  `,
        '`aws_iam_role_policy.worker` (aws\\_iam\\_role\\_policy) Statement[0] `ReadSecrets`',
        '',
        '```hcl',
        'statement {',
        '  sid       = "ReadSecrets"',
        '  actions   = ["kms:Decrypt"]',
        '  resources = ["*"]',
        '}',
        '```',
        '',
        '**Fix:** Name the keys:',
        '',
        '```hcl',
        'resources = ["arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"]',
        '```',
      ].join('\n'),
    )
  })

  test('a jsonencode statement: the object as written, each rule its fix in HCL', () => {
    const body = comment(scanOf('jsonencode-full-access'), 'error')
    expect(body).toContain(
      [
        `**🔴 error** · **[${DIR}/jsonencode-full-access/main.tf:6](${BLOB}/jsonencode-full-access/main.tf#L6-L10)** · [KMS.1](${ruleDocsUrl('KMS.1')}) + [KMS.FullAccess](${ruleDocsUrl('KMS.FullAccess')}) · aws\\_iam\\_policy.admin can decrypt with any KMS key · aws\\_iam\\_policy.admin has full KMS access  `,
        '`aws_iam_policy.admin` (aws\\_iam\\_policy) policy `kms-admin` Statement[0]',
        '',
        '```hcl',
        '{',
        '  Effect   = "Allow"',
        '  Action   = "kms:*"',
        '  Resource = "*"',
        '},',
        '```',
        '',
        '**Fix (KMS.1):** Name the keys:',
        '',
        '```hcl',
        'Resource = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"',
        '```',
      ].join('\n'),
    )
  })

  test('key findings that fail the gate: the argument as written, the HCL argument or block as the fix', () => {
    const body = comment(scanOf('key-without-rotation-short-window'), 'warning')
    const blocks = body.split('\n\n**').filter((b) => b.startsWith('🟠') || b.startsWith('🔵'))
    expect(blocks.map((b) => b.split('\n')[0].replace(/\]\(.*?\)/g, ']'))).toEqual([
      `🟠 warning** · **[${DIR}/key-without-rotation-short-window/main.tf:1]** · [KMS.3] · aws\\_kms\\_key.data is destroyed with its configuration  `,
      `🟠 warning** · **[${DIR}/key-without-rotation-short-window/main.tf:3]** · [KMS.4] · aws\\_kms\\_key.data does not rotate  `,
    ])
    expect(body).toContain(
      '```hcl\nenable_key_rotation     = false\n```\n\n**Fix:**\n\n```hcl\nenable_key_rotation = true\n```',
    )
    expect(body).toContain('**Fix:**\n\n```hcl\nlifecycle { prevent_destroy = true }\n```')
    expect(body).toContain(
      `| [${DIR}/key-without-rotation-short-window/main.tf:4](${BLOB}/key-without-rotation-short-window/main.tf#L4) | [KMS.3](${ruleDocsUrl('KMS.3')}) | \`aws_kms_key.data\` (aws\\_kms\\_key) | aws\\_kms\\_key.data has a short deletion waiting period | deletion\\_window\\_in\\_days = 30 |`,
    )
  })
})

describe('SARIF', () => {
  test('each result at the statement in the .tf file, the Resource element related, the rule page as help', () => {
    const result = scanOf(
      'policy-document-decrypt-all-keys',
      'jsonencode-full-access',
      'key-without-rotation-short-window',
    )
    const [run] = toSarif(result).runs
    const rules = run.tool.driver.rules!
    expect(
      run.results!.map((r) => {
        const region = r.locations![0].physicalLocation!.region!
        return [
          r.ruleId,
          r.level,
          r.locations![0].physicalLocation!.artifactLocation!.uri!.replace(`${DIR}/`, ''),
          region.startLine,
          region.startColumn,
          region.endLine,
          r.relatedLocations?.[0].physicalLocation!.region!.startLine ?? null,
          r.properties!['resource'],
          rules[r.ruleIndex!].helpUri,
        ]
      }),
    ).toEqual([
      ['KMS.1', 'error', 'jsonencode-full-access/main.tf', 6, 7, 10, 9, 'aws_iam_policy.admin', ruleDocsUrl('KMS.1')],
      [
        'KMS.FullAccess',
        'error',
        'jsonencode-full-access/main.tf',
        6,
        7,
        10,
        9,
        'aws_iam_policy.admin',
        ruleDocsUrl('KMS.FullAccess'),
      ],
      [
        'KMS.2',
        'error',
        'policy-document-decrypt-all-keys/main.tf',
        17,
        3,
        21,
        20,
        'aws_iam_role_policy.worker',
        ruleDocsUrl('KMS.2'),
      ],
      [
        'KMS.3',
        'warning',
        'key-without-rotation-short-window/main.tf',
        1,
        1,
        5,
        null,
        'aws_kms_key.data',
        ruleDocsUrl('KMS.3'),
      ],
      [
        'KMS.4',
        'warning',
        'key-without-rotation-short-window/main.tf',
        3,
        3,
        3,
        null,
        'aws_kms_key.data',
        ruleDocsUrl('KMS.4'),
      ],
      [
        'KMS.3',
        'note',
        'key-without-rotation-short-window/main.tf',
        4,
        3,
        4,
        null,
        'aws_kms_key.data',
        ruleDocsUrl('KMS.3'),
      ],
    ])
    const kms2 = run.results!.find((r) => r.ruleId === 'KMS.2')!
    expect(kms2.message.text).toMatch(
      /^aws_iam_role_policy\.worker can decrypt with any KMS key: .* Fix: Name the keys: resources = \["arn:\$\{data\.aws_partition\.current\.partition\}:kms:/,
    )
    expect(kms2.message.text).not.toMatch(/Fn::|!GetAtt|!Sub|template|stack/)
  })
})
