/**
 * Which fixes become a one-click suggested change: one key named, its whole value on the one line the finding
 * points at, written back in the file's own syntax.
 */
import { describe, expect, it } from '@jest/globals'
import { mechanicalSuggestion } from '../../src/action/suggestions.js'
import { finding } from '../report/factory.js'

const suggest = (fix: string, lines: string[], at: { line: number; resourceLine: number | null }) =>
  mechanicalSuggestion(finding({ fix, ...at }), lines)?.text ?? null

describe('a mechanical fix', () => {
  it('replaces the value on the Resource line, keeping indentation and dropping the comment', () => {
    const lines = [
      '            Statement:',
      '              - Effect: Allow',
      "                Resource: '*'   # all keys",
    ]
    expect(suggest('Name the keys: Resource: !GetAtt DataKey.Arn', lines, { line: 2, resourceLine: 3 })).toBe(
      '                Resource: !GetAtt DataKey.Arn',
    )
  })

  it('keeps a list dash and the JSON comma', () => {
    expect(suggest('DeletionPolicy: Retain', ['  - DeletionPolicy: Delete'], { line: 1, resourceLine: null })).toBe(
      '  - DeletionPolicy: Retain',
    )
    expect(
      suggest('"EnableKeyRotation": true', ['        "EnableKeyRotation": false,'], { line: 1, resourceLine: null }),
    ).toBe('        "EnableKeyRotation": true,')
  })

  it('is none when the value goes on past the line, or the fix needs a person', () => {
    const block = ['    Resource:', "      - '*'", '    Effect: Allow']
    expect(suggest('Name the keys: Resource: !GetAtt K.Arn', block, { line: 1, resourceLine: 1 })).toBeNull()
    const folded = ['    Resource: !If', '      - IsProd', '    Effect: Allow']
    expect(suggest('Name the keys: Resource: !GetAtt K.Arn', folded, { line: 1, resourceLine: 1 })).toBeNull()
    const open = ['      "Resource": [', '        "*"', '      ]']
    expect(suggest('"Resource": {"Fn::GetAtt": ["K", "Arn"]}', open, { line: 1, resourceLine: 1 })).toBeNull()
    const list = ['    Resource: ["arn:aws:s3:::logs/*", "*"]']
    expect(suggest('Name the keys: Resource: !GetAtt K.Arn', list, { line: 1, resourceLine: 1 })).toBeNull()
    const star = ["    Resource: '*'"]
    expect(
      suggest('Name the keys: Resource: !Sub "arn:aws:kms:us-east-1:1:key/<key-id>"', star, {
        line: 1,
        resourceLine: 1,
      }),
    ).toBeNull()
    expect(
      suggest('Add Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId}}, or name the accounts', star, {
        line: 1,
        resourceLine: 1,
      }),
    ).toBeNull()
  })

  it('is none when the line the finding points at holds another key (the key is missing and must be added)', () => {
    expect(
      suggest('DeletionPolicy: Retain', ['  DataKey:', '    Type: AWS::KMS::Key'], { line: 1, resourceLine: null }),
    ).toBeNull()
  })
})

describe('a mechanical fix in a .tf file', () => {
  const suggestTf = (fix: string, lines: string[], at: { line: number; resourceLine: number | null }) =>
    mechanicalSuggestion(finding({ file: 'infra/main.tf', fix, ...at }), lines)?.text ?? null

  it('replaces an argument of a policy document, a jsonencode object or a key, keeping indentation', () => {
    const statement = ['  statement {', '    actions   = ["kms:Decrypt"]', '    resources = ["*"] # every key', '  }']
    expect(
      suggestTf('Name the keys: resources = [aws_kms_key.data.arn]', statement, { line: 1, resourceLine: 3 }),
    ).toBe('    resources = [aws_kms_key.data.arn]')
    expect(
      suggestTf('Name the keys: resources = [aws_kms_key.data.arn]', ['    resources = local.everything'], {
        line: 1,
        resourceLine: 1,
      }),
    ).toBe('    resources = [aws_kms_key.data.arn]')
    const object = ['      {', '        Action   = "kms:Decrypt"', '        Resource = "*"', '      },']
    expect(suggestTf('Name the keys: Resource = aws_kms_key.data.arn', object, { line: 1, resourceLine: 3 })).toBe(
      '        Resource = aws_kms_key.data.arn',
    )
    expect(
      suggestTf('enable_key_rotation = true', ['  enable_key_rotation     = false'], { line: 1, resourceLine: null }),
    ).toBe('  enable_key_rotation     = true')
  })

  it('is none for a list of several items, a value that goes on, a placeholder, a block, or a missing argument', () => {
    const fix = 'Name the keys: resources = [aws_kms_key.data.arn]'
    expect(suggestTf(fix, ['    resources = ["arn:aws:s3:::logs/*", "*"]'], { line: 1, resourceLine: 1 })).toBeNull()
    expect(suggestTf(fix, ['    resources = [', '      "*",', '    ]'], { line: 1, resourceLine: 1 })).toBeNull()
    expect(
      suggestTf('Name the keys: resources = ["arn:aws:kms:us-east-1:1:key/<key-id>"]', ['    resources = ["*"]'], {
        line: 1,
        resourceLine: 1,
      }),
    ).toBeNull()
    expect(
      suggestTf('lifecycle { prevent_destroy = true }', ['resource "aws_kms_key" "data" {'], {
        line: 1,
        resourceLine: null,
      }),
    ).toBeNull()
    expect(
      suggestTf('enable_key_rotation = true', ['resource "aws_kms_key" "data" {', '  description = "x"'], {
        line: 1,
        resourceLine: null,
      }),
    ).toBeNull()
  })

  it('keeps the JSON form for a statement written in a heredoc', () => {
    expect(
      suggestTf('Name the keys: "Resource": "${aws_kms_key.data.arn}"', ['      "Resource": "*",'], {
        line: 1,
        resourceLine: 1,
      }),
    ).toBe('      "Resource": "${aws_kms_key.data.arn}",')
  })
})
