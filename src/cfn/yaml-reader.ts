import type yaml from 'js-yaml'
import { CFN_SCHEMA, longForm } from './yaml-schema.js'

/**
 * A fast reader for the YAML templates are written in, in front of js-yaml: it builds exactly the data
 * js-yaml builds with CFN_SCHEMA, and reports the same nodes at the same offsets js-yaml's listener reports,
 * or it gives up (returns null) at the first thing outside the part of YAML it reads, and js-yaml reads the
 * file as before. Wrong data could hide a grant, so it reads only what it can read with certainty:
 *
 * - one document, a block mapping at column 0 (after an optional `---` line);
 * - block mappings and sequences (`- key: value` too, empty items), plain, single- and double-quoted scalars
 *   (also folded over several lines), `|` and `>` block scalars, flow sequences and mappings, comments, CRLF,
 *   short-form tags (`!Ref`, `!Sub`, ...) on values and list items;
 * - it gives up on anchors, aliases and merge keys, tags on keys, `?` keys, keys over several lines,
 *   directives, several documents, keys written twice (load.ts's handling and notes stay js-yaml's), tabs,
 *   non-printable characters (found where the reader passes them, so every character it reads past is
 *   looked at), unknown escapes, lines at column 0 inside a scalar, and anything else it does not expect.
 *
 * The structure follows js-yaml's loader (node by node, same order, same start and end positions, including
 * the nodes js-yaml opens while it tries a reading and then discards), so that the recorded positions match
 * its listener's. test/cfn/yaml-reader.test.ts and scripts/bench/yaml-reader-check.mjs compare both.
 */
export function readYaml(text: string, recorder: NodeRecorder): Record<string, unknown> | null {
  try {
    return new Reader(text, recorder).document()
  } catch (error) {
    if (error === NOT_MINE) return null
    throw error
  }
}

/** Where the reader reports nodes: the calls js-yaml's listener would make, in the same order. */
export interface NodeRecorder {
  /** A node opens at `position`; returns its number. */
  opened(position: number): number
  /** Node `id` closes at `position` holding `result`; `tagged`: a short-form tag made it. */
  closed(id: number, position: number, result: unknown, tagged: boolean): void
}

/** Thrown to give up: the file is not ours, js-yaml reads it. */
const NOT_MINE = new Error('not read by the fast YAML reader')

/** js-yaml nests at most 100 nodes deep; we stop well before. */
const MAX_DEPTH = 90

const LF = 10
const CR = 13
const SPACE = 32
const QUOTE = 34
const HASH = 35
const APOSTROPHE = 39
const COMMA = 44
const DASH = 45
const DOT = 46
const COLON = 58
const GREATER = 62
const BANG = 33
const BACKSLASH = 92
const BRACKET_OPEN = 91
const BRACKET_CLOSE = 93
const BRACE_OPEN = 123
const BRACE_CLOSE = 125
const PIPE = 124
const DEL = 127

/** The core schema's implicit types (null, bool, int, float) and the merge key, in js-yaml's order. */
const IMPLICIT = (CFN_SCHEMA as unknown as { compiledImplicit: (yaml.Type & { tag: string })[] }).compiledImplicit
const MERGE_TAG = 'tag:yaml.org,2002:merge'

/**
 * 1 for the ASCII characters a plain scalar takes as they are, in block and in flow context: printable, and
 * neither a space, `:`, `#` nor (in flow) `,[]{}`.
 */
const BLOCK_ORDINARY = ordinaryCharacters(':#')
const FLOW_ORDINARY = ordinaryCharacters(':#,[]{}')

function ordinaryCharacters(special: string): Uint8Array {
  const table = new Uint8Array(128)
  for (let c = SPACE + 1; c < 127; c++) table[c] = 1
  for (const c of special) table[c.charCodeAt(0)] = 0
  return table
}

/**
 * A character a plain scalar takes as it is: an ordinary ASCII one, or a printable one from U+00A0 to the
 * surrogates (the rest, rarer, is looked at one by one).
 */
function isOrdinary(c: number, ordinary: Uint8Array): boolean {
  return c < 128 ? ordinary[c] === 1 : c >= 0xa0 && c < 0xd800
}

/** Characters a plain scalar cannot start with (js-yaml's readPlainScalar). */
const NOT_PLAIN_START = new Set(',[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)))

/** The escapes of double-quoted scalars, as js-yaml decodes them (`\` + tab is never met: tabs give up). */
const ESCAPES = new Map<number, string>(
  Object.entries({
    '0': '\x00',
    a: '\x07',
    b: '\x08',
    t: '\x09',
    n: '\x0A',
    v: '\x0B',
    f: '\x0C',
    r: '\x0D',
    e: '\x1B',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xA0',
    L: '\u2028',
    P: '\u2029',
  }).map(([c, decoded]) => [c.charCodeAt(0), decoded]),
)

/**
 * Whether the character at `i` is a tab or one js-yaml calls non-printable (a surrogate without its pair
 * too). js-yaml's rules for them (errors in indentation, not in scalars, and a check on some parts of the
 * text only) are not worth copying: the reader gives up at the first one it passes. This takes the place
 * of a regular expression over the whole text, a pass of its own.
 */
function unusualAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0xa0) return (c < SPACE && !isBreak(c)) || (c >= DEL && c !== 0x85)
  if (isHighSurrogate(c)) return !isLowSurrogate(s.charCodeAt(i + 1))
  if (isLowSurrogate(c)) return !isHighSurrogate(s.charCodeAt(i - 1))
  return c === 0xfffe || c === 0xffff
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Printable ASCII: what unusualAt need not look at. */
function isPrintableAscii(c: number): boolean {
  return c >= SPACE && c < DEL
}

/** Where the line holding `from` ends (its line break: the text ends with one), every character on the way looked at. */
function lineEnd(s: string, from: number): number {
  let i = from
  for (;;) {
    const c = s.charCodeAt(i)
    if (isBreak(c)) return i
    if (!isPrintableAscii(c) && unusualAt(s, i)) throw NOT_MINE
    i++
  }
}

function isBreak(c: number): boolean {
  return c === LF || c === CR
}

function isBlank(c: number): boolean {
  return c === SPACE || c === LF || c === CR
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === BRACKET_OPEN || c === BRACKET_CLOSE || c === BRACE_OPEN || c === BRACE_CLOSE
}

/** Letters, digits and `:._-` (`!Rain::Embed`): characters a tag keeps as they are. */
function isTagCharacter(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === DOT || c === DASH || c === 95
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  const lower = c | 0x20
  return lower >= 97 && lower <= 102 ? lower - 97 + 10 : -1
}

/** The plain scalars starting with a letter that the core schema reads as null or a boolean. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'])

/** What a plain scalar means under the core schema: js-yaml's implicit resolvers, called only where one could match. */
function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0)
  const typed =
    (c >= 48 && c <= 57) ||
    c === DASH ||
    c === 43 /* + */ ||
    c === DOT ||
    c === 126 /* ~ */ ||
    c === 60 /* < */ ||
    ((raw.length === 4 || raw.length === 5) && WORDS.has(raw))
  if (!typed) return raw
  for (let i = 0; i < IMPLICIT.length; i++) {
    const type = IMPLICIT[i]
    if (type.resolve(raw)) {
      if (type.tag === MERGE_TAG) throw NOT_MINE
      return type.construct(raw)
    }
  }
  return raw
}

function kindOf(value: unknown): 'scalar' | 'sequence' | 'mapping' {
  if (Array.isArray(value)) return 'sequence'
  return typeof value === 'object' && value !== null ? 'mapping' : 'scalar'
}

function setOnce(mapping: Record<string, unknown>, key: unknown, value: unknown): void {
  const name = String(key)
  // A key written twice, or one js-yaml defines specially: js-yaml reads the file.
  if (name === '__proto__' || Object.prototype.hasOwnProperty.call(mapping, name)) throw NOT_MINE
  mapping[name] = value
}

/** 1 when `indent` is deeper than the parent's, 0 when equal, -1 when shallower (js-yaml's indentStatus). */
function compare(indent: number, parent: number): number {
  return indent > parent ? 1 : indent === parent ? 0 : -1
}

class Reader {
  /** The text as js-yaml reads it: ending with a line break. */
  private readonly s: string
  private readonly length: number
  private pos = 0
  private lineStart = 0
  private lineIndent = 0
  private depth = 0
  /** The last plain scalar ended at `: ` (a key). */
  private colon = false
  /** The last flow node had a tag. */
  private flowTagged = false

  constructor(
    text: string,
    private readonly recorder: NodeRecorder,
  ) {
    const last = text.charCodeAt(text.length - 1)
    this.s = isBreak(last) ? text : `${text}\n`
    this.length = this.s.length
  }

  document(): Record<string, unknown> {
    const s = this.s
    while (s.charCodeAt(this.pos) === SPACE) this.pos++
    this.lineIndent = this.pos
    this.separate()
    if (this.pos >= this.length || this.lineIndent !== 0) throw NOT_MINE
    // js-yaml takes `---` for the document start even with no blank after it.
    if (s.startsWith('---', this.pos) || s.startsWith('...', this.pos)) {
      if (!this.atDocumentMarker() || s.charCodeAt(this.pos) !== DASH) throw NOT_MINE
      this.pos += 3
      if (this.separate() === 0 || this.lineIndent !== 0 || this.pos >= this.length) throw NOT_MINE
    }
    const c = s.charCodeAt(this.pos)
    if (c === 37 /* % */ || (c === DASH && isBlank(s.charCodeAt(this.pos + 1)))) throw NOT_MINE
    const root = this.open()
    const data = this.mapping(0, 0)
    this.close(root, data, false)
    this.separate()
    if (this.pos < this.length) throw NOT_MINE
    return data
  }

  private open(): number {
    if (++this.depth > MAX_DEPTH) throw NOT_MINE
    return this.recorder.opened(this.pos)
  }

  private close(id: number, result: unknown, tagged: boolean): void {
    this.depth--
    this.recorder.closed(id, this.pos, result, tagged)
  }

  /** `---` or `...` at the start of a line: a document marker js-yaml stops at. */
  private atDocumentMarker(): boolean {
    const s = this.s
    const at = this.pos
    const c = s.charCodeAt(at)
    return (
      at === this.lineStart &&
      (c === DASH || c === DOT) &&
      s.charCodeAt(at + 1) === c &&
      s.charCodeAt(at + 2) === c &&
      (at + 3 >= this.length || isBlank(s.charCodeAt(at + 3)))
    )
  }

  /** Spaces, comments and line breaks (js-yaml's skipSeparationSpace); returns the line breaks crossed. */
  private separate(): number {
    const s = this.s
    const length = this.length
    let i = this.pos
    let breaks = 0
    // Never past the end: V8 optimises charCodeAt for offsets inside the text, and one past it undoes that.
    while (i < length) {
      let c = s.charCodeAt(i)
      while (c === SPACE) c = s.charCodeAt(++i)
      if (c === HASH) {
        i = lineEnd(s, i)
        c = s.charCodeAt(i)
      }
      if (!isBreak(c)) break
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1
      breaks++
      this.lineStart = i
      while (i < length && s.charCodeAt(i) === SPACE) i++
      this.lineIndent = i - this.lineStart
    }
    this.pos = i
    return breaks
  }

  private skipSpaces(): void {
    while (this.s.charCodeAt(this.pos) === SPACE) this.pos++
  }

  /**
   * A block mapping whose first key is at `pos` (js-yaml's readBlockMapping). `firstKey`: that key, already
   * read as a plain scalar that ends at `end` (a list item's first node turned out to be a key).
   */
  private mapping(
    nodeIndent: number,
    flowIndent: number,
    firstKey: { raw: string; end: number } | null = null,
  ): Record<string, unknown> {
    const s = this.s
    const result: Record<string, unknown> = {}
    let known = firstKey
    for (;;) {
      const entryLine = this.lineStart
      const key = known === null ? this.key(flowIndent) : this.readKey(known.raw, known.end)
      known = null
      this.pos++
      if (!isBlank(s.charCodeAt(this.pos))) throw NOT_MINE
      setOnce(result, key, this.value(nodeIndent))
      if (!this.another(entryLine, nodeIndent)) break
    }
    return result
  }

  /**
   * After an entry of a block collection at `nodeIndent` that began on `entryLine`: whether the next line
   * holds another entry at the same indentation (js-yaml's check after each entry; it refuses deeper ones).
   */
  private another(entryLine: number, nodeIndent: number): boolean {
    this.separate()
    if (this.pos >= this.length) return false
    if (this.lineStart === entryLine || this.lineIndent > nodeIndent) throw NOT_MINE
    return this.lineIndent === nodeIndent
  }

  /** A mapping key: plain or quoted, on one line, followed by `:`; leaves `pos` at the colon. */
  private key(flowIndent: number): unknown {
    const s = this.s
    if (this.atDocumentMarker()) throw NOT_MINE
    const c = s.charCodeAt(this.pos)
    const id = this.open()
    let key: unknown
    if (c === QUOTE || c === APOSTROPHE) {
      const line = this.lineStart
      key = c === QUOTE ? this.doubleQuoted() : this.singleQuoted()
      if (this.lineStart !== line) throw NOT_MINE
      this.close(id, key, false)
      this.skipSpaces()
      if (s.charCodeAt(this.pos) !== COLON) throw NOT_MINE
      return key
    }
    const line = this.lineStart
    const raw = this.plain(flowIndent, false)
    if (!this.colon || this.lineStart !== line) throw NOT_MINE
    key = resolvePlain(raw)
    this.close(id, key, false)
    return key
  }

  /** The key node of a plain key read already, from `pos` to `end` (where its colon is). */
  private readKey(raw: string, end: number): unknown {
    const id = this.open()
    this.pos = end
    const key = resolvePlain(raw)
    this.close(id, key, false)
    return key
  }

  /** The value after `key:` (js-yaml's composeNode in block context, looking past line breaks). */
  private value(parentIndent: number): unknown {
    const s = this.s
    const id = this.open()
    let status = 1
    let newLine = false
    if (this.separate() > 0) {
      newLine = true
      status = compare(this.lineIndent, parentIndent)
    }
    let tag: string | null = null
    let tagStart = -1
    let blockCollections = newLine
    if (status === 1 && s.charCodeAt(this.pos) === BANG) {
      tagStart = this.pos
      tag = this.tag()
      blockCollections = this.separate() > 0
      if (blockCollections) status = compare(this.lineIndent, parentIndent)
    }
    let result: unknown = null
    if (status === 1) result = this.content(parentIndent, blockCollections, tag, tagStart)
    // A list at the key's own indentation belongs to the key.
    else if (status === 0 && blockCollections && this.atListItem()) result = this.sequence(this.pos - this.lineStart)
    // A tag on nothing (`!GetAZs` alone) tags an empty scalar.
    if (tag !== null) result = longForm(tag, kindOf(result), result)
    this.close(id, result, tag !== null)
    return result
  }

  private atListItem(): boolean {
    return this.s.charCodeAt(this.pos) === DASH && isBlank(this.s.charCodeAt(this.pos + 1))
  }

  /**
   * The content of a node in block context, deeper than its parent: on a new line a block sequence or
   * mapping; on the same line a flow collection, block scalar, quoted or plain scalar. The caller wraps it
   * in its tag's long form.
   */
  private content(parentIndent: number, blockCollections: boolean, tag: string | null, tagStart: number): unknown {
    const s = this.s
    const c = s.charCodeAt(this.pos)
    if (c === BANG || c === 38 /* & */ || c === 42 /* * */) throw NOT_MINE
    const flowIndent = parentIndent + 1
    if (blockCollections) {
      // js-yaml drops a tag whose `|` or `>` block starts on the next line.
      if (tag !== null && (c === PIPE || c === GREATER)) throw NOT_MINE
      return this.atListItem() ? this.sequence(this.pos - this.lineStart) : this.compact(parentIndent)
    }
    if (c === BRACKET_OPEN || c === BRACE_OPEN) return this.flow(flowIndent)
    if (c === PIPE || c === GREATER) return this.blockScalar(flowIndent)
    if (tag !== null) {
      // js-yaml first tries the tagged scalar as the key of a mapping, and keeps the node it read then.
      const raw = this.scalar(flowIndent)
      this.leaf(tagStart, this.pos, longForm(tag, 'scalar', raw), true)
      return raw
    }
    const raw = this.scalar(flowIndent)
    return c === QUOTE || c === APOSTROPHE ? raw : resolvePlain(raw)
  }

  /** A quoted or plain scalar, unresolved; a plain one must not end at `: `. */
  private scalar(flowIndent: number): string {
    const c = this.s.charCodeAt(this.pos)
    if (c === QUOTE) return this.doubleQuoted()
    if (c === APOSTROPHE) return this.singleQuoted()
    const raw = this.plain(flowIndent, false)
    if (this.colon) throw NOT_MINE
    return raw
  }

  /** A block sequence whose first `-` is at `pos` (js-yaml's readBlockSequence). */
  private sequence(nodeIndent: number): unknown[] {
    const result: unknown[] = []
    while (this.atListItem()) {
      this.pos++
      if (this.separate() > 0 && this.lineIndent <= nodeIndent) {
        // An empty item.
        result.push(null)
        continue
      }
      const itemLine = this.lineStart
      result.push(this.item(nodeIndent))
      if (!this.another(itemLine, nodeIndent)) break
    }
    return result
  }

  /** A list item after `- ` (js-yaml's composeNode in block-in context, compact). */
  private item(parentIndent: number): unknown {
    const s = this.s
    const id = this.open()
    let tag: string | null = null
    let result: unknown
    if (s.charCodeAt(this.pos) === BANG) {
      const tagStart = this.pos
      tag = this.tag()
      const newLine = this.separate() > 0
      // On the next line and not deeper: the tag is on nothing.
      const content =
        newLine && compare(this.lineIndent, parentIndent) !== 1
          ? null
          : this.content(parentIndent, newLine, tag, tagStart)
      result = longForm(tag, kindOf(content), content)
    } else if (this.atListItem()) {
      result = this.sequence(this.pos - this.lineStart)
    } else {
      result = this.compact(parentIndent)
    }
    this.close(id, result, tag !== null)
    return result
  }

  /**
   * An untagged list item on the `-` line other than a nested list. js-yaml reads it as a block mapping
   * (`- key: value`); when its first node is no key, that node is the item, and the item ends after the
   * spaces that follow it.
   */
  private compact(parentIndent: number): unknown {
    const s = this.s
    const start = this.pos
    const blockIndent = start - this.lineStart
    const flowIndent = parentIndent + 1
    const c = s.charCodeAt(start)
    if (c === BANG || c === 38 /* & */ || c === 42 /* * */) throw NOT_MINE
    if (c === PIPE || c === GREATER) {
      // The failed attempt at a key is a node of its own, empty.
      const attempt = this.open()
      this.close(attempt, null, false)
      return this.blockScalar(flowIndent)
    }
    const line = this.lineStart
    if (c === BRACKET_OPEN || c === BRACE_OPEN) {
      const id = this.open()
      const result = this.flow(flowIndent)
      this.close(id, result, false)
      if (this.lineStart === line) this.spacesAfterFirstNode()
      return result
    }
    let result: unknown
    if (c === QUOTE) result = this.doubleQuoted()
    else if (c === APOSTROPHE) result = this.singleQuoted()
    else {
      const raw = this.plain(flowIndent, false)
      if (this.colon && this.lineStart !== line) throw NOT_MINE
      if (this.colon) {
        // `- key: value`: the item is a block mapping; its first key opens where the item opens.
        const end = this.pos
        this.pos = start
        return this.mapping(blockIndent, flowIndent, { raw, end })
      }
      result = resolvePlain(raw)
    }
    const end = this.pos
    if (this.lineStart === line && this.spacesAfterFirstNode()) {
      this.pos = start
      return this.mapping(blockIndent, flowIndent)
    }
    this.leaf(start, end, result, false)
    return result
  }

  /**
   * After the first node of an item or value, when it ended on its first line: the spaces are the item's,
   * and a colon makes that node a key (true; a flow collection as a key gives up).
   */
  private spacesAfterFirstNode(): boolean {
    const c = this.s.charCodeAt(this.pos - 1)
    this.skipSpaces()
    if (this.s.charCodeAt(this.pos) !== COLON) return false
    if (c === BRACKET_CLOSE || c === BRACE_CLOSE) throw NOT_MINE
    return true
  }

  /** Records a node without children, read already, from `start` to `end`. */
  private leaf(start: number, end: number, result: unknown, tagged: boolean): void {
    const pos = this.pos
    this.pos = start
    const id = this.open()
    this.pos = end
    this.close(id, result, tagged)
    this.pos = pos
  }

  /** A short-form tag `!Name` at `pos`, followed by a blank. */
  private tag(): string {
    const s = this.s
    const start = this.pos + 1
    let i = start
    while (isTagCharacter(s.charCodeAt(i))) i++
    if (i === start || !isBlank(s.charCodeAt(i))) throw NOT_MINE
    this.pos = i
    return s.slice(start, i)
  }

  /** A flow sequence or mapping at `pos` (js-yaml's readFlowCollection); its plain scalars continue on lines indented `nodeIndent`. */
  private flow(nodeIndent: number): unknown {
    const s = this.s
    const isMapping = s.charCodeAt(this.pos) === BRACE_OPEN
    const terminator = isMapping ? BRACE_CLOSE : BRACKET_CLOSE
    const sequence: unknown[] = []
    const mapping: Record<string, unknown> = {}
    this.pos++
    let readNext = true
    for (;;) {
      this.separate()
      const c = s.charCodeAt(this.pos)
      if (c === terminator) {
        this.pos++
        return isMapping ? mapping : sequence
      }
      if (!readNext || c === COMMA || this.pos >= this.length) throw NOT_MINE
      if (c === 63 /* ? */ && isBlank(s.charCodeAt(this.pos + 1))) throw NOT_MINE
      const entryLine = this.lineStart
      const entry = this.flowNode(nodeIndent)
      this.separate()
      if (isMapping) {
        if (this.flowTagged || typeof entry === 'object') throw NOT_MINE
        if (this.lineStart !== entryLine || s.charCodeAt(this.pos) !== COLON) throw NOT_MINE
        setOnce(mapping, entry, this.flowValue(nodeIndent))
      } else if (s.charCodeAt(this.pos) === COLON) {
        // `[key: value]`: a mapping of one pair, when the colon is on the entry's line.
        if (this.flowTagged || typeof entry === 'object' || this.lineStart !== entryLine) throw NOT_MINE
        const pair: Record<string, unknown> = {}
        setOnce(pair, entry, this.flowValue(nodeIndent))
        sequence.push(pair)
      } else {
        sequence.push(entry)
      }
      readNext = s.charCodeAt(this.pos) === COMMA
      if (readNext) this.pos++
    }
  }

  /** The value after a flow key's colon at `pos`; an empty one gives up. */
  private flowValue(nodeIndent: number): unknown {
    this.pos++
    this.separate()
    const c = this.s.charCodeAt(this.pos)
    if (c === COMMA || c === BRACE_CLOSE || c === BRACKET_CLOSE || this.pos >= this.length) throw NOT_MINE
    const value = this.flowNode(nodeIndent)
    this.separate()
    return value
  }

  /** An entry of a flow collection (js-yaml's composeNode in flow context). */
  private flowNode(nodeIndent: number): unknown {
    const s = this.s
    const id = this.open()
    let tag: string | null = null
    if (s.charCodeAt(this.pos) === BANG) {
      tag = this.tag()
      if (this.separate() > 0) throw NOT_MINE
    }
    const c = s.charCodeAt(this.pos)
    let result: unknown
    if (c === BRACKET_OPEN || c === BRACE_OPEN) result = this.flow(nodeIndent)
    else if (c === QUOTE) result = this.doubleQuoted()
    else if (c === APOSTROPHE) result = this.singleQuoted()
    else {
      const raw = this.plain(nodeIndent, true)
      result = tag === null ? resolvePlain(raw) : raw
    }
    if (tag !== null) result = longForm(tag, kindOf(result), result)
    this.close(id, result, tag !== null)
    this.flowTagged = tag !== null
    return result
  }

  /**
   * A plain scalar (js-yaml's readPlainScalar): ends at `: `, at ` #`, in flow context at `,[]{}`, and at a
   * line break unless the next line that is not blank is indented at least `nodeIndent` (then it goes on
   * there, the line breaks folded). Leaves `pos` where js-yaml leaves it; sets `colon` when it ended at `: `.
   */
  private plain(nodeIndent: number, inFlow: boolean): string {
    const s = this.s
    const start = this.pos
    let i = start
    let c = s.charCodeAt(i)
    if (isBlank(c) || NOT_PLAIN_START.has(c) || i >= this.length) throw NOT_MINE
    if (c === 63 /* ? */ || c === DASH) {
      const next = s.charCodeAt(i + 1)
      if (isBlank(next) || (inFlow && isFlowIndicator(next))) throw NOT_MINE
    }
    this.colon = false
    let result = ''
    let from = i
    let end = i
    /** Line breaks crossed to a continuation line whose content is not written yet. */
    let pending = 0
    const ordinary = inFlow ? FLOW_ORDINARY : BLOCK_ORDINARY
    for (;;) {
      // The bulk of a scalar, characters that neither end nor fold it, in a loop of its own (past the text's
      // end charCodeAt gives NaN, which is no ordinary character).
      if (pending === 0 && isOrdinary(c, ordinary)) {
        do c = s.charCodeAt(++i)
        while (isOrdinary(c, ordinary))
        end = i
        continue
      }
      if (c === COLON) {
        const next = s.charCodeAt(i + 1)
        if (isBlank(next) || (inFlow && isFlowIndicator(next))) {
          this.colon = true
          break
        }
      } else if (c === HASH) {
        if (isBlank(s.charCodeAt(i - 1))) break
      } else if (inFlow && isFlowIndicator(c)) {
        break
      } else if (isBreak(c)) {
        // At column 0 a continuation could be a document marker: not worth reading.
        if (nodeIndent < 1) throw NOT_MINE
        let j = i
        let breaks = 0
        let lineStart = j
        while (isBreak(c)) {
          j += c === CR && s.charCodeAt(j + 1) === LF ? 2 : 1
          breaks++
          lineStart = j
          while (s.charCodeAt(j) === SPACE) j++
          c = s.charCodeAt(j)
        }
        if (j >= this.length || j - lineStart < nodeIndent) {
          i = end
          break
        }
        pending = breaks
        i = j
        this.lineStart = lineStart
        this.lineIndent = j - lineStart
        continue
      } else if (!isPrintableAscii(c) && unusualAt(s, i)) {
        throw NOT_MINE
      }
      if (pending > 0) {
        result += s.slice(from, end) + (pending === 1 ? ' ' : '\n'.repeat(pending - 1))
        from = end = i
        pending = 0
      }
      if (c !== SPACE) end = i + 1
      c = s.charCodeAt(++i)
    }
    this.pos = i
    result += s.slice(from, end)
    if (result === '') throw NOT_MINE
    return result
  }

  /** A single-quoted scalar; `''` is a quote. */
  private singleQuoted(): string {
    const s = this.s
    let i = this.pos + 1
    let from = i
    /** Where the text before a line break ends: its trailing spaces are dropped. */
    let end = i
    let result = ''
    for (;;) {
      const c = s.charCodeAt(i)
      if (c === APOSTROPHE) {
        result += s.slice(from, i)
        if (s.charCodeAt(i + 1) !== APOSTROPHE) break
        from = i + 1
        i += 2
        end = i
      } else if (isBreak(c)) {
        result += s.slice(from, end) + this.fold(i)
        i = from = end = this.pos
      } else {
        if (i >= this.length || (!isPrintableAscii(c) && unusualAt(s, i))) throw NOT_MINE
        i++
        if (c !== SPACE) end = i
      }
    }
    this.pos = i + 1
    return result
  }

  /** A double-quoted scalar, escapes decoded as js-yaml decodes them. */
  private doubleQuoted(): string {
    const s = this.s
    let i = this.pos + 1
    let from = i
    let end = i
    let result = ''
    for (;;) {
      let c = s.charCodeAt(i)
      if (c === QUOTE) break
      if (isBreak(c)) {
        result += s.slice(from, end) + this.fold(i)
        i = from = end = this.pos
        continue
      }
      if (i >= this.length || (!isPrintableAscii(c) && unusualAt(s, i))) throw NOT_MINE
      if (c !== BACKSLASH) {
        i++
        if (c !== SPACE) end = i
        continue
      }
      result += s.slice(from, i)
      c = s.charCodeAt(++i)
      const simple = ESCAPES.get(c)
      if (simple !== undefined) {
        result += simple
        i++
      } else if (isBreak(c)) {
        // An escaped line break joins the lines.
        this.fold(i)
        i = this.pos
      } else {
        let digits = c === 120 /* x */ ? 2 : c === 117 /* u */ ? 4 : c === 85 /* U */ ? 8 : 0
        if (digits === 0) throw NOT_MINE
        let code = 0
        for (; digits > 0; digits--) {
          const value = hexValue(s.charCodeAt(++i))
          if (value < 0) throw NOT_MINE
          code = (code << 4) + value
        }
        result +=
          code <= 0xffff
            ? String.fromCharCode(code)
            : String.fromCharCode(((code - 0x010000) >> 10) + 0xd800, ((code - 0x010000) & 0x03ff) + 0xdc00)
        i++
      }
      from = end = i
    }
    this.pos = i + 1
    return result + s.slice(from, i)
  }

  /**
   * A line break inside a quoted scalar at `i`: moves `pos` past it, the blank lines after it and the next
   * line's indentation, and returns what it folds to (a space, or one line break less than it crossed).
   */
  private fold(lineEnd: number): string {
    const s = this.s
    let i = lineEnd
    let c = s.charCodeAt(i)
    let breaks = 0
    while (isBreak(c)) {
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1
      breaks++
      this.lineStart = i
      while (s.charCodeAt(i) === SPACE) i++
      c = s.charCodeAt(i)
    }
    // At column 0 the line could be a document marker, which ends the scalar with an error.
    if (i >= this.length || i === this.lineStart) throw NOT_MINE
    this.lineIndent = i - this.lineStart
    this.pos = i
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)
  }

  /** A `|` or `>` block scalar (js-yaml's readBlockScalar, step by step). */
  private blockScalar(nodeIndent: number): string {
    const s = this.s
    let i = this.pos
    const folding = s.charCodeAt(i) === GREATER
    let chomping = 'clip'
    let detectedIndent = false
    let textIndent = nodeIndent
    let c: number
    for (;;) {
      c = s.charCodeAt(++i)
      if (c === 43 /* + */ || c === DASH) {
        if (chomping !== 'clip') throw NOT_MINE
        chomping = c === DASH ? 'strip' : 'keep'
      } else if (c >= 48 && c <= 57) {
        if (c === 48 || detectedIndent) throw NOT_MINE
        textIndent = nodeIndent + (c - 48) - 1
        detectedIndent = true
      } else break
    }
    if (c === SPACE) {
      do c = s.charCodeAt(++i)
      while (c === SPACE)
      if (c === HASH) {
        i = lineEnd(s, i)
        c = s.charCodeAt(i)
      }
    }
    if (!isBreak(c)) throw NOT_MINE
    let result = ''
    let didReadContent = false
    let emptyLines = 0
    let atMoreIndented = false
    let indent: number
    for (;;) {
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1
      this.lineStart = i
      indent = 0
      // Past the text's last line: no character (not read, see separate).
      c = i < this.length ? s.charCodeAt(i) : NaN
      while ((!detectedIndent || indent < textIndent) && c === SPACE) {
        indent++
        c = s.charCodeAt(++i)
      }
      if (!detectedIndent && indent > textIndent) textIndent = indent
      if (isBreak(c)) {
        emptyLines++
        continue
      }
      if (!detectedIndent && textIndent === 0) throw NOT_MINE
      if (indent < textIndent) {
        if (chomping === 'keep') result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines)
        else if (chomping === 'clip' && didReadContent) result += '\n'
        break
      }
      if (!folding) result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines)
      else if (c === SPACE) {
        // More-indented lines are not folded.
        atMoreIndented = true
        result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines)
      } else if (atMoreIndented) {
        atMoreIndented = false
        result += '\n'.repeat(emptyLines + 1)
      } else if (emptyLines === 0) {
        if (didReadContent) result += ' '
      } else result += '\n'.repeat(emptyLines)
      didReadContent = true
      detectedIndent = true
      emptyLines = 0
      const from = i
      i = lineEnd(s, i)
      c = s.charCodeAt(i)
      result += s.slice(from, i)
    }
    this.lineIndent = indent
    this.pos = i
    return result
  }
}
