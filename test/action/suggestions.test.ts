/**
 * Which fixes become a one-click suggested change: one key named, its whole value on the one line the finding
 * points at, written back in the file's own syntax; and which lines of a pull request's diff it may go on.
 */
import { describe, expect, it } from '@jest/globals'
import { addedLines, mechanicalSuggestion } from '../../src/action/suggestions.js'
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

describe('addedLines', () => {
  it('numbers the lines a diff adds in the new file, past context and removed lines', () => {
    const patch = [
      '@@ -3,4 +3,5 @@ Resources:',
      '   DataKey:',
      '-    DeletionPolicy: Retain',
      '+    DeletionPolicy: Delete',
      '+    UpdateReplacePolicy: Retain',
      '     Type: AWS::KMS::Key',
      '@@ -20,2 +21,2 @@',
      '-  x',
      '+  y',
      '   z',
    ].join('\n')
    expect([...addedLines(patch)]).toEqual([4, 5, 21])
  })
})
