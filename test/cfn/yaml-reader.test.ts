/**
 * The fast YAML reader (src/cfn/yaml-reader.ts) reads a template exactly as js-yaml would, or leaves it to
 * js-yaml: for every YAML file of the fixtures and examples, and for generated documents full of the
 * corner cases of the part of YAML it reads, either it gives up, or it builds the same data (key order,
 * -0, NaN and Infinity included), records the same nodes at the same offsets, and every finding would
 * point at the same place (locate() for every path, value and key) with the same notes.
 */
import { describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { CFN_SCHEMA } from '../../src/cfn/yaml-schema.js'
// @ts-expect-error a plain script shared with scripts/bench/yaml-reader-check.mjs
import { compareReaders } from '../../scripts/bench/yaml-reader-compare.mjs'

const reader = await import('../../src/cfn/yaml-reader.js')
/** Off: loadDocument reads every file with js-yaml, as before the fast reader. */
let fastReader = true
jest.unstable_mockModule('../../src/cfn/yaml-reader.js', () => ({
  ...reader,
  readYaml: (...args: Parameters<typeof reader.readYaml>) => (fastReader ? reader.readYaml(...args) : null),
}))
const { loadDocument } = await import('../../src/cfn/load.js')
type Path = (string | number)[]

const compare = (text: string): string =>
  (compareReaders as (...args: unknown[]) => string)(text, yaml, CFN_SCHEMA, reader.readYaml)

function load(text: string, fast: boolean) {
  fastReader = fast
  try {
    return loadDocument(text, 'template.yaml')
  } finally {
    fastReader = true
  }
}

/** Every path to a value in the data, the root included. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])))
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) out.push(...paths(inner, [...at, key]))
  return out
}

/**
 * Both readings of `text` agree: data, nodes and positions (compareReaders), and what loadDocument tells a
 * finding: locate() for every path, its key, a step past it and a span inside a string, and the notes.
 * Returns whether the fast reader read the text.
 */
function agree(text: string): boolean {
  const outcome = compare(text)
  expect(outcome === 'read' || outcome === 'gave up' ? '' : outcome).toBe('')
  // Given up, both readings are js-yaml's (and an alias bomb has more paths than can be walked).
  if (outcome === 'gave up') return false
  const fast = load(text, true)
  const slow = load(text, false)
  expect(fast.ok).toBe(slow.ok)
  if (!fast.ok || !slow.ok) return false
  expect(JSON.stringify(fast.document.data)).toBe(JSON.stringify(slow.document.data))
  expect(fast.document.notes).toEqual(slow.document.notes)
  for (const at of paths(slow.document.data)) {
    const value = at.reduce<unknown>(
      (node, step) => (node as Record<string | number, unknown>)[step],
      slow.document.data,
    )
    const where = (options?: Parameters<typeof slow.document.locate>[1]) => [
      fast.document.locate(at, options),
      slow.document.locate(at, options),
    ]
    const [value1, value2] = where()
    expect([at, value1]).toEqual([at, value2])
    const [key1, key2] = where({ key: true })
    expect([at, key1]).toEqual([at, key2])
    expect(fast.document.locate([...at, 'Missing', 0])).toEqual(slow.document.locate([...at, 'Missing', 0]))
    if (typeof value === 'string' && value.length > 0) {
      const [within1, within2] = where({ within: { start: 0, end: Math.min(value.length, 3) } })
      expect([at, within1]).toEqual([at, within2])
    }
  }
  return outcome === 'read'
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|template)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('the fast YAML reader reads templates exactly as js-yaml does, or leaves them to js-yaml', () => {
  it('every YAML file of test/fixtures and examples: same data, nodes, positions and notes, or given up', () => {
    const files = [...yamlFiles('test/fixtures'), ...yamlFiles('examples')]
    let read = 0
    for (const file of files) {
      let text = readFileSync(file, 'utf8')
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      if (/^\s*\{/.test(text)) continue
      if (agree(text)) read++
    }
    // The comparison means something only when the reader reads most of them.
    expect(read).toBeGreaterThan(files.length * 0.7)
  })

  it('a template in the usual style is read by the fast reader, not left to js-yaml', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"
Description: >-
  A role that may decrypt
  with one key
Resources:
  Role:
    Type: AWS::IAM::Role # the role
    Properties:
      Policies:
        - PolicyName: keys
          PolicyDocument:
            Version: 2012-10-17
            Statement:
              - Effect: Allow
                Action: [kms:Decrypt, 'kms:Encrypt']
                Resource: !Sub "arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/k"
                Condition: !If [IsProd, !Ref AWS::NoValue, {Bool: {"aws:SecureTransport": true}}]
Outputs:
  Arn:
    Value: !GetAtt Role.Arn
`
    expect(agree(text)).toBe(true)
    expect(compare(text)).toBe('read')
  })

  it('anchors, aliases, merge keys, keys written twice, tabs and several documents are left to js-yaml', () => {
    for (const text of [
      'A: &x 1\nB: *x\n',
      'A: {x: 1}\nB:\n  <<: {y: 2}\n',
      'A: 1\nA: 2\n',
      'A:\n\tB: 1\n',
      'A: 1\n---\nB: 2\n',
      '%YAML 1.2\n---\nA: 1\n',
      'A: ! x\n',
      'A: !!str 1\n',
      'A: "a\\qb"\n',
      '? A\n: 1\n',
      'A: !Sub\n  |\n    x\n',
    ]) {
      expect([text, compare(text)]).toEqual([text, 'gave up'])
      agree(text)
    }
  })

  it('a tab or non-printable character anywhere is left to js-yaml; other characters outside ASCII are read', () => {
    const places = (c: string): string[] => [
      `A: x${c}y\n`,
      `A${c}: 1\n`,
      `A: 'x${c}'\n`,
      `A: "x${c}"\n`,
      `A: 1 # x${c}\n`,
      `# ${c}\nA: 1\n`,
      `A: |\n  x${c}\n`,
      `A: > # ${c}\n  x\n`,
      `A: [x${c}]\n`,
      `A:\n  - x\n    y${c}\n`,
      `A: 1${c}\n`,
    ]
    for (const c of ['\t', '\x01', '\x7f', '\x80', '\x9f', '\ud800', '\udc00', '\udc00\ud800', '\ufffe', '\uffff'])
      for (const text of places(c)) {
        expect([text, compare(text)]).toEqual([text, 'gave up'])
        agree(text)
      }
    for (const c of ['\x85', '\xa0', 'é', '\u2028', '\ud83d\ude00', '\ue000', '\ufeff', '\ufffd'])
      for (const text of places(c)) expect([text, agree(text)]).toEqual([text, true])
  })

  it('generated documents (numbers, booleans, quotes, escapes, tags, comments, empty values, CRLF, BOM, trailing spaces) read alike', () => {
    let read = 0
    let runs = 0
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        runs++
        if (agree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) read++
        // Through loadDocument, BOM included.
        const fast = load(text, true)
        const slow = load(text, false)
        expect(JSON.stringify(fast.ok && fast.document.data)).toBe(JSON.stringify(slow.ok && slow.document.data))
      }),
      { numRuns: 1000, seed: 17 },
    )
    // Not a test of giving up only.
    expect(read).toBeGreaterThan(runs * 0.2)
  })
})

// ---- Generated documents: block mappings and sequences of the scalars, tags and flow collections templates use.

const PLAIN = [
  'x',
  'foo bar',
  'on',
  'yes',
  'no',
  'off',
  'y',
  '0777',
  '0o17',
  '0x1F',
  '0xG',
  '0b101',
  '-0',
  '+1',
  '-12',
  '1_000',
  '12e3',
  '1.5',
  '.5',
  '1.',
  '-.inf',
  '+.Inf',
  '.NaN',
  '.nan',
  '.INF',
  '1e400',
  '99999999999999999999',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  '2012-10-17',
  '2001-12-14t21:59:43.10-05:00',
  'a:b',
  'a#b',
  'http://x/y',
  '-x',
  '?x',
  ':x',
  'kms:*',
  '$ref',
  'arn:aws:kms:*:111122223333:key/*',
  'é ü',
  '<x',
  '---',
  '...',
  'a,b',
  'a]b',
  'a}b',
]
const FOLDED_QUOTES = [
  '"a\n  b"',
  '"a  \n\n   b"',
  '"a \\\n   b"',
  '"\\t\n  x\\n"',
  "'a\n  b'",
  "'a''\n\n\n  b  '",
  "'x \n  # not a comment'",
]
const SINGLE = ["''", "'x'", "'it''s'", "'a: b'", "'#x'", "''''", "'  spaced  '", "'a\\nb'"]
const DOUBLE = [
  '""',
  '"x"',
  '"a\\"b"',
  '"\\\\"',
  '"\\/"',
  '"\\n\\t\\r\\0\\a\\b\\v\\f\\e"',
  '"\\x41\\u00e9\\U0001F600"',
  '"\\N\\_\\L\\P\\ "',
  '"\'"',
  '"  x  "',
  '"${AWS::Region}"',
]
const TAGGED = [
  '!Ref x',
  '!Ref AWS::Region',
  '!Sub "a-${X}"',
  "!Sub 'a'",
  '!Sub 123',
  '!GetAtt A.B.C',
  '!GetAtt A',
  '!GetAtt',
  '!GetAZs',
  "!GetAZs ''",
  '!If [C, a, b]',
  "!Join ['', [a, !Ref b]]",
  '!Select [0, !GetAZs ""]',
  '!Split [",", !Ref L]',
  '!FindInMap [M, !Ref R, k]',
  '!Condition C',
  '!Transform {Name: x}',
  '!Rain::Embed f.py',
  '!Ref  spaced ',
  '!Ref x # why',
  '!Ref',
]
const FLOW = [
  '[]',
  '{}',
  '[a, b]',
  '[a,b,]',
  '[ 1 , "2" , 3.0 ]',
  '[a, [b, c], {d: e}]',
  '{a: 1, "b": 2}',
  '{"a":1}',
  '{a: [1, 2]}',
  '[a: 1]',
  '[0, Fn::GetAZs: !Ref "AWS::Region"]',
  '[a #c\n]',
  '[a,\n  b]',
  '[\n  a,\n  b\n]',
  '[!Ref a, !GetAtt B.C]',
  '[null, ~, true, .inf]',
]
const KEYS = [
  'A',
  'Key',
  'on',
  'yes',
  '0777',
  'true',
  'null',
  '~',
  '1e3',
  '.inf',
  '-0',
  'Version',
  '"quoted"',
  "'single'",
  '"a:b"',
  'a b',
  'Fn::If',
  'Ref',
  '"k" ',
  'k ',
  ...Array.from({ length: 30 }, (_, i) => `Name${i}`),
]
/** What the reader gives up on, now and then. */
const ODD_PLAIN = ['*x', '&a x', '<<', '@x', '`x', '%x', 'a: b', 'x:']
const ODD_QUOTED = ['"\\q"', '"\\x4"', '"\\u12G4"', '"a\nb"', "'a\n---\n'", '"a\n']
const ODD_TAGGED = ['!GetAtt: x', '! x', '!!str x', '!<tag:x> y', '!a!b x']
const ODD_FLOW = ['{a}', '{a: }', '{a: 1, a: 2}', '{a:b}', '[a, b', '[a\n b]', '[? a]']
const ODD_KEYS = ['__proto__', '- x', '? x', '!Ref k', '[a]', '&a k', '*a', '<<', 'A']

/** Mostly what templates hold, sometimes what the reader gives up on. */
function mostly(usual: string[], odd: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...usual) },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
  )
}
const COMMENTS = ['', '', '', ' # note', '  #note', '#not a comment']

const scalar = fc.oneof(
  mostly(PLAIN, ODD_PLAIN),
  mostly([...SINGLE, ...DOUBLE, ...FOLDED_QUOTES], ODD_QUOTED),
  mostly(TAGGED, ODD_TAGGED),
  mostly(FLOW, ODD_FLOW),
)
const key = mostly(KEYS, ODD_KEYS)

type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'empty' }
  | { kind: 'block'; header: string; lines: string[] }
  | { kind: 'map'; entries: [string, Node][]; tag: string }
  | { kind: 'seq'; items: Node[]; tag: string; indentless: boolean }
  | { kind: 'multiline'; lines: string[] }

const blockScalar = fc.record({
  kind: fc.constant('block' as const),
  header: mostly(['|', '>', '|-', '>-', '|+', '>+', '|2', '>1-', '| # c', '!Sub |', '!Sub >-'], ['|0', '|x', '|++']),
  lines: fc.array(fc.constantFrom('text', 'a: b', '  more', '', '   ', '# hash', 'x  ', '${X}'), {
    minLength: 0,
    maxLength: 4,
  }),
})
const multiline = fc.record({
  kind: fc.constant('multiline' as const),
  lines: fc.array(fc.constantFrom('first', 'and more', '', '# comment', 'k: v', '- x', 'last  '), {
    minLength: 2,
    maxLength: 4,
  }),
})
const leaf: fc.Arbitrary<Node> = fc.oneof(
  { weight: 6, arbitrary: scalar.map((text) => ({ kind: 'scalar' as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 1, arbitrary: blockScalar },
  { weight: 1, arbitrary: multiline },
)
const TAGS = ['', '', '', '!Join', '!If', '!Transform']

function nodeArbitrary(depth: number): fc.Arbitrary<Node> {
  if (depth === 0) return leaf
  const inner = nodeArbitrary(depth - 1)
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('map' as const),
        entries: fc.array(fc.tuple(key, inner), { minLength: 1, maxLength: 4 }),
        tag: fc.constantFrom(...TAGS),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('seq' as const),
        items: fc.array(inner, { minLength: 1, maxLength: 4 }),
        tag: fc.constantFrom(...TAGS),
        indentless: fc.boolean(),
      }),
    },
  )
}

const pad = (n: number): string => ' '.repeat(n)

/** The lines of `node` as the value after `key:` or `- ` at indentation `indent`; the first joins that line. */
function render(node: Node, indent: number, step: number, comment: () => string): string[] {
  switch (node.kind) {
    case 'scalar':
      return [` ${node.text}${comment()}`]
    case 'empty':
      return [comment()]
    case 'block':
      return [` ${node.header}`, ...node.lines.map((line) => (line === '' ? '' : pad(indent + step) + line))]
    case 'multiline':
      return [` ${node.lines[0]}`, ...node.lines.slice(1).map((line) => (line === '' ? '' : pad(indent + step) + line))]
    case 'map': {
      const lines = [node.tag ? ` ${node.tag}${comment().replace(/^#/, ' #')}` : comment()]
      for (const [key, value] of node.entries) {
        const [first, ...rest] = render(value, indent + step, step, comment)
        lines.push(`${pad(indent + step)}${key}:${first}`, ...rest)
      }
      return lines
    }
    case 'seq': {
      const lines = [node.tag ? ` ${node.tag}${comment().replace(/^#/, ' #')}` : comment()]
      const at = node.indentless ? indent : indent + step
      for (const item of node.items) {
        const [first, ...rest] = render(item, at + 2, step, comment)
        if (item.kind === 'map' && !item.tag && rest.length > 0 && first.trim() === '') {
          // `- key: value`, the first entry on the dash's line.
          lines.push(`${pad(at)}- ${rest[0].trimStart()}`, ...rest.slice(1))
        } else lines.push(`${pad(at)}-${first}`, ...rest)
      }
      return lines
    }
  }
}

const documentArbitrary = fc
  .record({
    root: fc.array(fc.tuple(key, nodeArbitrary(3)), { minLength: 1, maxLength: 4 }),
    step: fc.constantFrom(2, 4),
    comments: fc.array(fc.constantFrom(...COMMENTS), { minLength: 1, maxLength: 8 }),
    start: mostly(['', '---\n', '--- # c\n', '# head\n\n', '\ufeff'], ['---x\n', '...\n', '%YAML 1.2\n---\n']),
    end: mostly(['\n', '', '\n\n', '\n# tail\n'], ['\n...\n', '\n---\n', '\n---\nB: 1\n']),
    crlf: fc.boolean(),
    trailing: fc.constantFrom('', '', ' ', '  '),
    extraLines: fc.array(fc.constantFrom('', '# own line', '    # deeper', '  '), { maxLength: 3 }),
    at: fc.nat(),
  })
  .map(({ root, step, comments, start, end, crlf, trailing, extraLines, at }) => {
    let i = 0
    const comment = (): string => comments[i++ % comments.length]
    const lines: string[] = []
    for (const [key, value] of root) {
      const [first, ...rest] = render(value, 0, step, comment)
      lines.push(`${key}:${first}`, ...rest)
    }
    lines.splice(at % (lines.length + 1), 0, ...extraLines)
    const body = lines.map((line) => line + trailing).join(crlf ? '\r\n' : '\n')
    return start + body + (crlf ? end.replace(/\n/g, '\r\n') : end)
  })
