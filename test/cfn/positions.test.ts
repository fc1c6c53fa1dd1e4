/**
 * Source positions (src/cfn/load.ts): `locate(path)` gives where a node stands and `locate(path, {key: true})`
 * where its mapping key stands, 1-based, with an exclusive end column. Findings print these as file:line:col,
 * so every case here pins the exact line and column a user would jump to.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser'
import { loadDocument, type LoadedDocument, type Path } from '../../src/cfn/load.js'

function load(text: string, fileName: string): LoadedDocument {
  const result = loadDocument(text, fileName)
  if (!result.ok) throw new Error(`parse error at ${result.error.line}:${result.error.column}: ${result.error.message}`)
  return result.document
}

/** Where a node starts: line and column only. */
function at(document: LoadedDocument, path: Path, key = false): [number, number] {
  const p = document.locate(path, { key })
  return [p.line, p.column]
}

const STATEMENTS = ['Resources', 'AppRole', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement']

describe('YAML block style', () => {
  const text = [
    'AWSTemplateFormatVersion: "2010-09-09"', // 1
    '# Role with an inline policy', // 2
    'Resources:', // 3
    '  AppRole:', // 4
    '    Type: AWS::IAM::Role', // 5
    '    Properties:', // 6
    '      Policies:', // 7
    '        - PolicyName: read-secrets', // 8
    '          PolicyDocument:', // 9
    '            Version: 2012-10-17', // 10
    '            Statement:', // 11
    '              - Sid: Logs', // 12
    '                Effect: Allow', // 13
    '                Action: logs:GetLogEvents', // 14
    '                Resource: "*"', // 15
    '              - Sid: Decrypt', // 16
    '                Effect: Allow', // 17
    '                Action:', // 18
    '                  - kms:Decrypt', // 19
    '                  - kms:ReEncryptFrom', // 20
    '                Resource: "*"', // 21
    '',
  ].join('\n')
  const document = load(text, 'template.yaml')

  it('a statement mapping starts at its first key, after the dash', () => {
    expect(at(document, [...STATEMENTS, 0])).toEqual([12, 17])
    expect(at(document, [...STATEMENTS, 1])).toEqual([16, 17])
  })

  it('a statement spans to the end of its last value (end column exclusive)', () => {
    expect(document.locate([...STATEMENTS, 1])).toEqual({ line: 16, column: 17, endLine: 21, endColumn: 30 })
  })

  it('a value starts after "key: " and its key at the key', () => {
    expect(at(document, [...STATEMENTS, 1, 'Resource'])).toEqual([21, 27])
    expect(at(document, [...STATEMENTS, 1, 'Resource'], true)).toEqual([21, 17])
    expect(at(document, ['Resources', 'AppRole', 'Properties', 'Policies', 0, 'PolicyName'])).toEqual([8, 23])
    expect(at(document, ['Resources', 'AppRole', 'Properties', 'Policies', 0, 'PolicyName'], true)).toEqual([8, 11])
  })

  it('block list items', () => {
    expect(at(document, [...STATEMENTS, 1, 'Action', 0])).toEqual([19, 21])
    expect(at(document, [...STATEMENTS, 1, 'Action', 1])).toEqual([20, 21])
    expect(document.locate([...STATEMENTS, 1, 'Action', 1])).toEqual({
      line: 20,
      column: 21,
      endLine: 20,
      endColumn: 38,
    })
  })

  it('a block mapping value starts on the next line, at its first key', () => {
    expect(at(document, ['Resources'])).toEqual([4, 3])
    expect(at(document, ['Resources'], true)).toEqual([3, 1])
    expect(at(document, ['Resources', 'AppRole', 'Properties', 'Policies', 0, 'PolicyDocument'])).toEqual([10, 13])
  })

  it('an unquoted date-like Version is located like any scalar', () => {
    expect(document.locate([...STATEMENTS.slice(0, -1), 'Version'])).toEqual({
      line: 10,
      column: 22,
      endLine: 10,
      endColumn: 32,
    })
  })
})

describe('YAML flow style, comments, anchors, tags and quoted keys', () => {
  const text = [
    'Resources:', // 1
    '  AppRole:', // 2
    '    Type: AWS::IAM::Role', // 3
    '    Properties:', // 4
    '      Policies:', // 5
    '        - PolicyName: p', // 6
    '          PolicyDocument:', // 7
    '            Statement:', // 8
    '              -   # a comment between the dash and the item', // 9
    '                # and a full-line comment', // 10
    '                Sid: Commented', // 11
    '                Effect: Allow', // 12
    '                Action: [kms:Decrypt, "kms:ReEncryptFrom"]', // 13
    '                Resource: !Sub "arn:${AWS::Partition}:kms:*"', // 14
    '              - {Effect: Deny, Action: "kms:*", Resource: ["arn:aws:kms:*:*:alias/*", !If [C, x, "*"]]}', // 15
    '              - &shared', // 16
    '                Effect: Allow', // 17
    '                "Action": \'kms:Decrypt\'', // 18
    '                Resource:', // 19
    '                  - !If', // 20
    '                    - IsProd', // 21
    '                    - !GetAtt Key.Arn', // 22
    '                    - "*"', // 23
    '              - *shared', // 24
    '',
  ].join('\n')
  const document = load(text, 'template.yaml')

  it('comments between "-" and the item are skipped: the statement starts at its first key', () => {
    expect(at(document, [...STATEMENTS, 0])).toEqual([11, 17])
  })

  it('a flow sequence inside a block mapping: each item has its own column', () => {
    expect(at(document, [...STATEMENTS, 0, 'Action'])).toEqual([13, 25])
    expect(at(document, [...STATEMENTS, 0, 'Action', 0])).toEqual([13, 26])
    expect(at(document, [...STATEMENTS, 0, 'Action', 1])).toEqual([13, 39])
  })

  it('a tagged value starts at its tag, and a path through its Fn:: key stays on it', () => {
    expect(at(document, [...STATEMENTS, 0, 'Resource'])).toEqual([14, 27])
    expect(at(document, [...STATEMENTS, 0, 'Resource', 'Fn::Sub'])).toEqual([14, 27])
    expect(at(document, [...STATEMENTS, 0, 'Resource'], true)).toEqual([14, 17])
  })

  it('a flow mapping statement, its keys and values, and a tag nested in its flow sequence', () => {
    expect(document.locate([...STATEMENTS, 1])).toEqual({ line: 15, column: 17, endLine: 15, endColumn: 104 })
    expect(at(document, [...STATEMENTS, 1, 'Action'])).toEqual([15, 40])
    expect(at(document, [...STATEMENTS, 1, 'Action'], true)).toEqual([15, 32])
    expect(at(document, [...STATEMENTS, 1, 'Resource', 0])).toEqual([15, 60])
    expect(at(document, [...STATEMENTS, 1, 'Resource', 1])).toEqual([15, 87])
    expect(at(document, [...STATEMENTS, 1, 'Resource', 1, 'Fn::If', 2])).toEqual([15, 98])
  })

  it('a quoted key and a single-quoted value', () => {
    expect(at(document, [...STATEMENTS, 2, 'Action'], true)).toEqual([18, 17])
    expect(document.locate([...STATEMENTS, 2, 'Action'])).toEqual({ line: 18, column: 27, endLine: 18, endColumn: 40 })
  })

  it('an anchored statement starts at its anchor; the branches of a block !If have their own lines', () => {
    expect(at(document, [...STATEMENTS, 2])).toEqual([16, 17])
    expect(at(document, [...STATEMENTS, 2, 'Resource', 0])).toEqual([20, 21])
    expect(at(document, [...STATEMENTS, 2, 'Resource', 0, 'Fn::If', 1])).toEqual([22, 23])
    expect(at(document, [...STATEMENTS, 2, 'Resource', 0, 'Fn::If', 2])).toEqual([23, 23])
  })

  it('inside an alias, every place is the alias itself: the anchor may stand far from the resource', () => {
    expect(at(document, [...STATEMENTS, 3])).toEqual([24, 17])
    expect(at(document, [...STATEMENTS, 3, 'Effect'])).toEqual([24, 17])
    expect(at(document, [...STATEMENTS, 3, 'Resource', 0, 'Fn::If', 2])).toEqual([24, 17])
  })

  it('a path that goes past what exists stops at the deepest node found', () => {
    expect(at(document, [...STATEMENTS, 0, 'NotResource'])).toEqual([11, 17])
    expect(at(document, [...STATEMENTS, 9])).toEqual(at(document, STATEMENTS))
  })
})

describe('YAML with CRLF line endings', () => {
  const text = [
    'Resources:',
    '  AppRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      Policies:',
    '        - PolicyName: p',
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    '                Action: kms:Decrypt',
    '                Resource: "*"',
    '',
  ].join('\r\n')
  const document = load(text, 'template.yaml')

  it('counts lines at each CRLF and never counts the CR as a column', () => {
    expect(document.locate([...STATEMENTS, 0])).toEqual({ line: 9, column: 17, endLine: 11, endColumn: 30 })
    expect(document.locate([...STATEMENTS, 0, 'Resource'])).toEqual({
      line: 11,
      column: 27,
      endLine: 11,
      endColumn: 30,
    })
    expect(at(document, [...STATEMENTS, 0, 'Action'], true)).toEqual([10, 17])
  })
})

describe('JSON', () => {
  it('pretty-printed: statements start at their brace, values after "key": ', () => {
    const text = [
      '{', // 1
      '  "Resources": {', // 2
      '    "AppRole": {', // 3
      '      "Type": "AWS::IAM::Role",', // 4
      '      "Properties": {', // 5
      '        "Policies": [', // 6
      '          {', // 7
      '            "PolicyName": "p",', // 8
      '            "PolicyDocument": {', // 9
      '              "Statement": [', // 10
      '                {', // 11
      '                  "Effect": "Allow",', // 12
      '                  "Action": ["kms:Encrypt", "kms:Decrypt"],', // 13
      '                  "Resource": "*"', // 14
      '                }', // 15
      '              ]', // 16
      '            }', // 17
      '          }', // 18
      '        ]', // 19
      '      }', // 20
      '    }', // 21
      '  }', // 22
      '}', // 23
      '',
    ].join('\n')
    const document = load(text, 'template.json')
    expect(document.locate([...STATEMENTS, 0])).toEqual({ line: 11, column: 17, endLine: 15, endColumn: 18 })
    expect(at(document, [...STATEMENTS, 0, 'Resource'])).toEqual([14, 31])
    expect(at(document, [...STATEMENTS, 0, 'Resource'], true)).toEqual([14, 19])
    expect(at(document, [...STATEMENTS, 0, 'Action', 1])).toEqual([13, 45])
    expect(at(document, ['Resources', 'AppRole', 'Type'])).toEqual([4, 15])
  })

  it('minified on one line: columns count every character', () => {
    const text =
      '{"Resources":{"AppRole":{"Type":"AWS::IAM::Role","Properties":{"Policies":[{"PolicyName":"p","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}]}}]}}}}'
    const document = load(text, 'template.json')
    const statement = text.indexOf('{"Effect"') + 1
    expect(document.locate([...STATEMENTS, 0])).toEqual({
      line: 1,
      column: statement,
      endLine: 1,
      endColumn: text.indexOf('}]}}]') + 2,
    })
    expect(at(document, [...STATEMENTS, 0, 'Resource'])).toEqual([1, text.indexOf('"*"') + 1])
    expect(at(document, [...STATEMENTS, 0, 'Resource'], true)).toEqual([1, text.indexOf('"Resource"') + 1])
  })

  it('tab indentation: a tab is one column', () => {
    const text =
      '{\n\t"Resources": {\n\t\t"AppRole": {\n\t\t\t"Type": "AWS::IAM::Role",\n\t\t\t"Properties": {"Policies": []}\n\t\t}\n\t}\n}\n'
    const document = load(text, 'template.json')
    expect(at(document, ['Resources', 'AppRole', 'Type'])).toEqual([4, 12])
    expect(at(document, ['Resources', 'AppRole', 'Type'], true)).toEqual([4, 4])
    expect(at(document, ['Resources', 'AppRole', 'Properties', 'Policies'])).toEqual([5, 31])
  })

  it('keys are found as JSON reads them: escaped, holding a backslash, or beside a longer key of the same start', () => {
    const lines = [
      '{',
      '  "Resources": {',
      '    "AppRoleLong": {"Type": "AWS::IAM::User"},',
      '    "App\\u0052ole": {"Type": "AWS::IAM::Role"},',
      '    "Back\\\\slash": {"Type": "AWS::IAM::Group"},',
      '    "AppRole2": {"Type": "AWS::IAM::Policy"}',
      '  }',
      '}',
    ]
    const document = load(lines.join('\n'), 'template.json')
    const where = (line: number, written: string): [number, number] => [line, lines[line - 1].indexOf(written) + 1]
    expect(at(document, ['Resources', 'AppRole', 'Type'])).toEqual(where(4, '"AWS::IAM::Role"'))
    expect(at(document, ['Resources', 'AppRole'], true)).toEqual(where(4, '"App'))
    expect(at(document, ['Resources', 'AppRoleLong', 'Type'])).toEqual(where(3, '"AWS::IAM::User"'))
    expect(at(document, ['Resources', 'Back\\slash', 'Type'])).toEqual(where(5, '"AWS::IAM::Group"'))
    expect(at(document, ['Resources', 'AppRole2'], true)).toEqual(where(6, '"AppRole2"'))
    // Written with its backslash doubled, the key reads with one: the name with two is not there.
    expect(at(document, ['Resources', 'Back\\\\slash'])).toEqual(at(document, ['Resources']))
  })

  it('a .template file (or any text) that opens with "{" is read as JSON', () => {
    const result = loadDocument('{\n  "Resources": {}\n}\n', 'stack.template')
    expect(result.ok && result.document.format).toBe('json')
  })
})

describe('JSON positions agree with a full JSON syntax tree on any document', () => {
  /** Every path in a value, with whether its last step is an object key. */
  function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => paths(item, [...path, i]))]
    if (typeof value === 'object' && value !== null)
      return [path, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...path, k]))]
    return [path]
  }
  const span = (text: string, node: JsonNode) => {
    const before = text.slice(0, node.offset).split('\n')
    const through = text.slice(0, node.offset + node.length).split('\n')
    return {
      line: before.length,
      column: before[before.length - 1].length + 1,
      endLine: through.length,
      endColumn: through[through.length - 1].length + 1,
    }
  }

  it('every value and every key, at any indentation, with escapes in keys and strings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent)
        const document = load(text, 'random.json')
        const tree = parseTree(text)!
        for (const path of paths(value)) {
          const node = findNodeAtLocation(tree, path)!
          expect(document.locate(path)).toEqual(span(text, node))
          if (typeof path[path.length - 1] === 'string')
            expect(document.locate(path, { key: true })).toEqual(span(text, node.parent!.children![0]))
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('parse errors carry the place of the problem', () => {
  it('YAML: bad indentation', () => {
    const result = loadDocument(
      'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n   Properties: {}\n',
      'template.yaml',
    )
    expect(result).toEqual({
      ok: false,
      error: { line: 4, column: 4, message: expect.stringMatching(/^YAML: .*indentation/) },
    })
  })

  it('YAML: a duplicated key is read as CloudFormation reads it, the last one counting', () => {
    const document = load('Resources:\n  A:\n    Type: X\n  A:\n    Type: Y\n', 'template.yaml')
    expect(document.data).toEqual({ Resources: { A: { Type: 'Y' } } })
    expect(at(document, ['Resources', 'A', 'Type'])).toEqual([5, 11])
  })

  it('YAML: a tab in indentation', () => {
    const result = loadDocument('Resources:\n\tA: 1\n', 'template.yaml')
    expect(result).toEqual({ ok: false, error: { line: 2, column: 1, message: expect.stringMatching(/^YAML: .*tab/) } })
  })

  it('JSON: a trailing comma is reported at the brace after it', () => {
    const result = loadDocument('{\n  "Resources": {\n    "A": {"Type": "X",}\n  }\n}\n', 'template.json')
    expect(result).toEqual({ ok: false, error: { line: 3, column: 23, message: expect.stringMatching(/^JSON: /) } })
  })

  it('JSON: a missing comma', () => {
    const result = loadDocument('{\n  "Resources": {}\n  "Outputs": {}\n}\n', 'template.json')
    expect(result).toEqual({
      ok: false,
      error: { line: 3, column: 3, message: expect.stringMatching(/^JSON: .*comma/) },
    })
  })

  it('JSON: an unclosed object is reported at the end of the text', () => {
    const result = loadDocument('{\n  "Resources": {\n    "A": {"Type": "X"}\n', 'template.json')
    expect(result).toEqual({ ok: false, error: { line: 4, column: 1, message: expect.stringMatching(/^JSON: /) } })
  })
})

describe('a UTF-8 byte order mark', () => {
  it('is accepted in YAML and does not shift the first line', () => {
    const document = load('\uFEFFResources:\n  A:\n    Type: X\n', 'template.yaml')
    expect(document.data).toEqual({ Resources: { A: { Type: 'X' } } })
    expect(at(document, ['Resources'], true)).toEqual([1, 1])
    expect(at(document, ['Resources', 'A', 'Type'])).toEqual([3, 11])
  })

  it('is accepted in JSON and does not shift the first line', () => {
    const document = load('\uFEFF{"Resources": {"A": {"Type": "X"}}}\n', 'template.json')
    expect(document.data).toEqual({ Resources: { A: { Type: 'X' } } })
    expect(at(document, ['Resources'], true)).toEqual([1, 2])
    expect(at(document, ['Resources', 'A', 'Type'])).toEqual([1, 30])
  })

  it('a JSON parse error after a BOM is placed as if the BOM were not there', () => {
    const result = loadDocument('\uFEFF{"a": 1 "b": 2}', 'template.json')
    expect(result).toEqual({
      ok: false,
      error: { line: 1, column: 9, message: expect.stringMatching(/^JSON: .*comma/) },
    })
  })
})

describe('keys written twice: the last one counts, and each later one is noted where it stands', () => {
  it('YAML: the note names the key, the line of the value it hides, and that value as written', () => {
    const document = load(
      [
        'Statement:',
        '  - Effect: Allow',
        '    Resource: !GetAtt Key.Arn',
        '    Action: kms:Decrypt',
        '    Resource: "*"',
        '',
      ].join('\n'),
      'template.yaml',
    )
    expect(document.data).toEqual({ Statement: [{ Effect: 'Allow', Resource: '*', Action: 'kms:Decrypt' }] })
    expect(at(document, ['Statement', 0, 'Resource'])).toEqual([5, 15])
    expect(document.notes).toEqual([
      {
        kind: 'duplicate',
        path: ['Statement', 0, 'Resource'],
        at: { line: 5, column: 5, endLine: 5, endColumn: 13 },
        message: expect.stringMatching(/^Resource is written twice .* ignores the one at line 3 \(!GetAtt Key\.Arn\)$/),
      },
    ])
  })

  it('JSON: a key written three times gives two notes, each naming the value just before it', () => {
    const document = load('{\n"A": 1,\n"A": {"x": [1, 2]},\n"A": "three"\n}\n', 'template.json')
    expect(document.data).toEqual({ A: 'three' })
    expect(at(document, ['A'])).toEqual([4, 6])
    expect(document.notes.map((n) => [n.path, n.at.line, n.at.column, n.message])).toEqual([
      [['A'], 3, 1, expect.stringContaining('ignores the one at line 2 (1)')],
      [['A'], 4, 1, expect.stringContaining('ignores the one at line 3 ({"x": [1, 2]})')],
    ])
  })

  it('JSON: a key written again with an escape, deep in a list, is noted; __proto__ written once is a plain key', () => {
    const twice = load(
      '{"Statement": [{"Action": "s3:*"}, {"Action": "s3:*", "\\u0041ction": "kms:*"}]}',
      'template.json',
    )
    expect(twice.notes.map((n) => [n.path, n.at.line, n.at.column])).toEqual([[['Statement', 1, 'Action'], 1, 55]])
    expect(load('{"__proto__": {"A": 1}, "A": {"__proto__": 2}}', 'template.json').notes).toEqual([])
  })

  it('a file without duplicate or merge keys has no notes', () => {
    expect(load('A: 1\nB: [1, 2]\n', 'template.yaml').notes).toEqual([])
    expect(load('{"A": 1, "B": {"A": 2}}', 'template.json').notes).toEqual([])
  })
})

describe('YAML merge keys: expanded as YAML 1.1 does, placed where they are merged', () => {
  const text = [
    'Shared:', // 1
    '  Decrypt: &decrypt', // 2
    '    Effect: Allow', // 3
    '    Action: kms:Decrypt', // 4
    '  AnyKey: &any', // 5
    '    Resource: "*"', // 6
    'Statement:', // 7
    '  - <<: *decrypt', // 8
    '    Resource: "*"', // 9
    '  - <<: [*decrypt, *any]', // 10
    '  - Effect: Deny', // 11
    '    <<: [*decrypt, *any]', // 12
    '',
  ].join('\n')
  const document = load(text, 'template.yaml')

  it('single and list forms are expanded; a key written in the mapping wins over a merged one', () => {
    expect(document.data).toMatchObject({
      Statement: [
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
        { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
        { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' },
      ],
    })
  })

  it('a merged key stands at the alias it came from; a written key at its own place', () => {
    expect(at(document, ['Statement', 0, 'Effect'])).toEqual([8, 9])
    expect(at(document, ['Statement', 0, 'Effect'], true)).toEqual([8, 5])
    expect(at(document, ['Statement', 0, 'Resource'])).toEqual([9, 15])
    expect(at(document, ['Statement', 1, 'Action'])).toEqual([10, 10])
    expect(at(document, ['Statement', 1, 'Resource'])).toEqual([10, 20])
    expect(at(document, ['Statement', 2, 'Effect'])).toEqual([11, 13])
  })

  it('each merge key is noted where it stands', () => {
    expect(document.notes.map((n) => [n.kind, n.path, n.at.line, n.at.column])).toEqual([
      ['merge', ['Statement', 0], 8, 5],
      ['merge', ['Statement', 1], 10, 5],
      ['merge', ['Statement', 2], 12, 5],
    ])
    expect(document.notes[0].message).toMatch(/CloudFormation itself rejects/)
  })
})
