// Deterministic synthetic Terraform corpus, IAM-heavy: folders of 10 .tf files (one module each) with
// variables, locals, policy documents (statement and dynamic blocks, conditions), jsonencode and heredoc
// policies, roles with inline_policy blocks, policy attachments and a KMS key per module.
// Usage: node scripts/bench/gen-terraform.mjs OUTDIR COUNT [FINDING_RATE] [SEED]
// FINDING_RATE (default 0.05): the share of files that grant decryption on all keys; the rest never do.
import fs from 'node:fs'
import path from 'node:path'

const [out, countArg, rateArg, seedArg] = process.argv.slice(2)
const count = Number(countArg || 100)
const rate = Number(rateArg ?? 0.05)
let seed = Number(seedArg ?? 20261201)
/** mulberry32: the same seed gives the same corpus. */
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(rnd() * list.length)]
const FILES_PER_MODULE = 10
const ACTIONS = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'dynamodb:GetItem', 'logs:PutLogEvents']
const KMS = ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:Encrypt', 'kms:DescribeKey']
const SCOPED = [
  'aws_kms_key.data.arn',
  '"arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/*"',
  '"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
]

function documentBlock(name, open) {
  const statements = Array.from({ length: 3 + Math.floor(rnd() * 4) }, (_, i) => {
    const kms = i === 0
    const resource = kms ? (open ? '"*"' : pick(SCOPED)) : '"arn:aws:s3:::bucket-${var.stage}/*"'
    const condition =
      rnd() < 0.3
        ? `\n    condition {\n      test     = "StringEquals"\n      variable = "aws:RequestedRegion"\n      values   = [var.region]\n    }`
        : ''
    return `  statement {
    sid       = "S${i}"
    actions   = ["${kms ? pick(KMS) : pick(ACTIONS)}", "${pick(ACTIONS)}"]
    resources = [${resource}]${condition}
  }`
  })
  return `data "aws_iam_policy_document" "${name}" {
${statements.join('\n\n')}

  dynamic "statement" {
    for_each = local.queues
    content {
      actions   = ["sqs:SendMessage"]
      resources = ["arn:aws:sqs:\${var.region}:111122223333:\${statement.value}"]
    }
  }
}
`
}

function jsonencodePolicy(name, open) {
  return `resource "aws_iam_policy" "${name}" {
  name = "\${local.prefix}-${name}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["${pick(KMS)}"]
        Resource = ${open ? '"*"' : pick(SCOPED)}
      },
      {
        Effect   = "Allow"
        Action   = ["${pick(ACTIONS)}", "${pick(ACTIONS)}"]
        Resource = "arn:aws:s3:::\${local.prefix}-${name}/*"
      },
    ]
  })
}
`
}

function file(module, index, open) {
  const name = `m${module}f${index}`
  const role = `resource "aws_iam_role" "${name}" {
  name               = "\${local.prefix}-${name}"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })

  inline_policy {
    name   = "logs"
    policy = <<EOT
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}]}
EOT
  }
}

resource "aws_iam_role_policy" "${name}" {
  role   = aws_iam_role.${name}.id
  policy = data.aws_iam_policy_document.${name}.json
}

resource "aws_iam_role_policy_attachment" "${name}" {
  role       = aws_iam_role.${name}.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`
  return [documentBlock(name, open), role, jsonencodePolicy(`${name}_extra`, false)].join('\n')
}

const shared = `variable "stage" {
  default = "prod"
}

variable "region" {
  default = "us-east-1"
}

locals {
  prefix = "svc-\${var.stage}"
  queues = ["jobs", "results"]
}

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}
data "aws_partition" "current" {}

resource "aws_kms_key" "data" {
  enable_key_rotation     = true
  deletion_window_in_days = 30

  lifecycle {
    prevent_destroy = true
  }
}
`

fs.rmSync(out, { recursive: true, force: true })
let bytes = 0
for (let i = 0; i < count; i++) {
  const module = Math.floor(i / FILES_PER_MODULE)
  const index = i % FILES_PER_MODULE
  const folder = path.join(out, `module-${String(module).padStart(4, '0')}`)
  fs.mkdirSync(folder, { recursive: true })
  const text = (index === 0 ? shared + '\n' : '') + file(module, index, rnd() < rate)
  fs.writeFileSync(path.join(folder, `file-${index}.tf`), text)
  bytes += Buffer.byteLength(text)
}
process.stdout.write(`${count} files, ${(bytes / 1e6).toFixed(1)} MB\n`)
