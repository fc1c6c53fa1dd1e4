import yaml from 'js-yaml'
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import type { Diagnostic } from '../findings.js'
import { CFN_SCHEMA } from './yaml-schema.js'
import { readYaml, type NodeRecorder } from './yaml-reader.js'
import { TextLines } from '../util/lines.js'

/** A place in a source file; lines and columns from 1. */
export interface Position {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Keys and list indexes from the document root to a node. */
export type Path = readonly (string | number)[]

export interface LoadedDocument {
  data: unknown
  /** `hcl`: Terraform files, read by src/terraform into the same model. */
  format: 'yaml' | 'json' | 'hcl'
  /**
   * Where the node at `path` stands (with `key`, where its mapping key stands). Positions cost a second,
   * slower parse, so they are computed on the first call only: files without findings never pay for them.
   */
  locate(path: Path, options?: LocateOptions): Position
  /** Keys written twice (the last one counts) and YAML merge keys: CloudFormation reads them unlike they look. */
  notes: SourceNote[]
}

/** A place where the text says something CloudFormation reads differently from how it looks. */
interface SourceNote {
  kind: 'duplicate' | 'merge'
  /** The key: for a duplicate, the mapping's path and the key; for a merge key, the mapping's path. */
  path: Path
  at: Position
  message: string
}

interface LocateOptions {
  /** Where the key of the node stands, rather than its value. */
  key?: boolean
  /**
   * For a string value holding text of its own (a policy written as JSON text): the span, in offsets of
   * the decoded string, to point at inside it.
   */
  within?: { start: number; end: number }
}

/** Where and why a file does not parse; the caller knows which file. */
type LoadError = Omit<Diagnostic, 'file'>

export type LoadResult =
  | { ok: true; document: LoadedDocument }
  | { ok: false; error: LoadError }
  /** YAML text with more than one document: `error` points at the second; `documents` are all of them. */
  | { ok: false; error: LoadError; documents: readonly unknown[] }

/**
 * Parses YAML (with CloudFormation tags) or JSON; JSON when the name says so or the text opens with `{`.
 * Never throws: whatever a parser throws, with or without a position, becomes an error of the file.
 */
export function loadDocument(source: string, fileName: string): LoadResult {
  try {
    return parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, fileName)
  } catch (error) {
    return { ok: false, error: parseError('cannot parse the file: ', error) }
  }
}

function parse(text: string, fileName: string): LoadResult {
  const json = /\.json$/i.test(fileName) || /^\s*\{/.test(text)
  if (json) {
    try {
      // JSON.parse keeps the last of duplicate keys, as CloudFormation does.
      const data: unknown = JSON.parse(text)
      const index = new JsonIndex(text, data)
      if (index.problem) {
        const at = new LineIndex(text).at(index.problem.offset)
        return { ok: false, error: { ...at, message: `JSON: ${index.problem.message}` } }
      }
      return { ok: true, document: jsonDocument(text, data, index) }
    } catch {
      if (/\.json$/i.test(fileName)) return { ok: false, error: jsonError(text) }
      // Not JSON after all: a YAML flow mapping, which the YAML parser reads.
    }
  }
  let loaded: ReturnType<typeof loadYaml>
  try {
    loaded = loadYaml(text, fileName)
  } catch (error) {
    // At the end of a text without a final line break, js-yaml names the line after it: the end is meant.
    const end = new LineIndex(text).at(text.length)
    const at = parseError('YAML: ', error)
    return { ok: false, error: at.line > end.line ? { ...at, ...end } : at }
  }
  if (loaded.documents.length > 1) {
    const message = 'YAML: CloudFormation reads only one document per file; a second one starts here'
    return { ok: false, error: { ...secondDocument(text), message }, documents: loaded.documents }
  }
  return { ok: true, document: yamlDocument(text, loaded.documents[0], loaded.index, loaded.duplicates) }
}

/**
 * The YAML documents as CloudFormation deploys them: duplicate keys are read the strict way first (no template
 * pays for the lenient one), and only a file that has them is read again keeping the last, as the service does.
 * Every document is read, so that a file holding several can be told apart from a template. The same parse
 * records where each node stands (js-yaml's listener costs next to nothing), so positions never need a second.
 */
function loadYaml(text: string, fileName: string): { documents: unknown[]; index: YamlIndex; duplicates: boolean } {
  const fast = new YamlIndex(text)
  const data = readYaml(text, fast)
  if (data !== null) return { documents: [data], index: fast, duplicates: false }
  const read = (json: boolean): { documents: unknown[]; index: YamlIndex } => {
    const index = new YamlIndex(text)
    const documents = yaml.loadAll(text, null, { schema: CFN_SCHEMA, filename: fileName, json, listener: index.record })
    return { documents, index }
  }
  try {
    return { ...read(false), duplicates: false }
  } catch (error) {
    if (!(error instanceof yaml.YAMLException) || error.reason !== 'duplicated mapping key') throw error
    return { ...read(true), duplicates: true }
  }
}

/** Any thrown value as an error of the file: at js-yaml's mark when it gives one, else at line 1. */
export function parseError(prefix: string, error: unknown): LoadError {
  if (error instanceof yaml.YAMLException) {
    const at = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : { line: 1, column: 1 }
    return { ...at, message: `${prefix}${error.reason}` }
  }
  return { line: 1, column: 1, message: `${prefix}${error instanceof Error ? error.message : String(error)}` }
}

/**
 * Where the second YAML document of a text opens: its `---` line, or its first line after the `...`
 * that ends the first document. Markers stand at the start of a line, where no scalar can hold them.
 */
function secondDocument(text: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/)
  let opened = false
  let ended = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\.\.\.(\s|$)/.test(line)) {
      ended = opened
      continue
    }
    const marker = /^---(\s|$)/.test(line)
    // Blank lines, comments and (before the first document) directives open no document.
    if (!marker && (/^\s*(#.*)?$/.test(line) || (!opened && line.startsWith('%')))) continue
    if (opened && (marker || ended)) return { line: i + 1, column: 1 }
    opened = true
  }
  return { line: 1, column: 1 }
}

function jsonError(text: string): LoadError {
  const errors: ParseError[] = []
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  const first = errors[0]
  const lines = new LineIndex(text)
  if (!first) return { line: 1, column: 1, message: 'JSON: not valid JSON' }
  const at = lines.at(first.offset)
  return { line: at.line, column: at.column, message: `JSON: ${describeJsonError(printParseErrorCode(first.error))}` }
}

/** Deeper than this, a JSON file is refused, as js-yaml refuses YAML: no template needs it, and walking it could overflow the stack. */
const MAX_NESTING = 100

const QUOTE = 34
const BACKSLASH = 92
const SPACE = 32
const COMMA = 44
const COLON = 58
const BRACE_OPEN = 123
const BRACE_CLOSE = 125
const BRACKET_OPEN = 91
const BRACKET_CLOSE = 93

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** Offsets to 1-based lines and columns. */
class LineIndex extends TextLines {
  at(offset: number): { line: number; column: number } {
    const { row, column } = this.point(offset)
    return { line: row + 1, column: column + 1 }
  }

  span(start: number, end: number): Position {
    const a = this.at(start)
    const b = this.at(Math.max(start, end))
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }
}

// ---- JSON positions: one pass over the text JSON.parse accepted, recording where each value stands.

function jsonDocument(text: string, data: unknown, index: JsonIndex): LoadedDocument {
  const lines = new LineIndex(text)
  return {
    data,
    format: 'json',
    notes: index.duplicates ? index.notes(lines) : [],
    locate(path, options) {
      let node = 0
      let key = -1
      for (let i = 0; i < path.length; i++) {
        const next = index.child(node, path[i])
        if (next < 0) break
        node = key = next
      }
      if (options?.key && key >= 0) return lines.span(index.keyStart[key], index.keyEnd[key])
      if (options?.within && text.charCodeAt(index.start[node]) === QUOTE) {
        return lines.span(
          offsetInScalar(text, index.start[node], options.within.start),
          offsetInScalar(text, index.start[node], options.within.end),
        )
      }
      return lines.span(index.start[node], index.end[node])
    },
  }
}

const SCALAR = 0
const OBJECT = 1
const ARRAY = 2

/**
 * Where every value of a JSON text stands, from one pass over a text JSON.parse has accepted. Values are
 * numbered in the order they open, as in the YAML index, and a member also keeps where its key stands.
 * The same pass refuses nesting deeper than MAX_NESTING and counts the members: fewer in the parsed data
 * means a key written twice in one object (JSON.parse keeps the last silently, which could hide a
 * `"Resource": "*"`: it is reported; only then are the keys compared by name).
 */
class JsonIndex {
  start: Int32Array
  end: Int32Array
  /** Where a member's key stands; -1 for the document and list items. */
  keyStart: Int32Array
  keyEnd: Int32Array
  private kind: Int32Array
  private last: Int32Array
  /** Values recorded; the lists hold room for more. */
  private count = 0
  problem: { offset: number; message: string } | null = null
  duplicates = false

  constructor(
    private readonly text: string,
    data: unknown,
  ) {
    const room = initialRoom(text.length, JSON_CHARACTERS_PER_NODE)
    this.start = new Int32Array(room)
    this.end = new Int32Array(room)
    this.keyStart = new Int32Array(room)
    this.keyEnd = new Int32Array(room)
    this.kind = new Int32Array(room)
    this.last = new Int32Array(room)
    const members = this.record()
    if (this.problem === null) this.duplicates = members !== memberCount(data)
  }

  /**
   * The pass over the text: records every value and returns how many object members it passed. A method of
   * its own, so that V8 optimises the loop once, with nothing after it that has not run yet.
   */
  private record(): number {
    const text = this.text
    const length = text.length
    const open: number[] = []
    let members = 0
    let awaitingKey = false
    let keyStart = -1
    let keyEnd = -1
    let i = 0
    while (i < length) {
      const c = text.charCodeAt(i)
      if (c <= SPACE || c === COLON) {
        i++
        continue
      }
      const top = open.length > 0 ? open[open.length - 1] : -1
      if (c === COMMA) {
        awaitingKey = top >= 0 && this.kind[top] === OBJECT
        i++
        continue
      }
      if (c === BRACE_CLOSE || c === BRACKET_CLOSE) {
        const id = open.pop()!
        this.end[id] = i + 1
        this.last[id] = this.count - 1
        awaitingKey = false
        i++
        continue
      }
      const from = i
      if (c === QUOTE) i = stringEnd(text, i)
      if (c === QUOTE && awaitingKey) {
        members++
        keyStart = from
        keyEnd = i
        awaitingKey = false
        continue
      }
      const member = top >= 0 && this.kind[top] === OBJECT
      const id = this.add(from, member ? keyStart : -1, member ? keyEnd : -1)
      if (c === BRACE_OPEN || c === BRACKET_OPEN) {
        this.kind[id] = c === BRACE_OPEN ? OBJECT : ARRAY
        this.end[id] = length
        open.push(id)
        awaitingKey = c === BRACE_OPEN
        if (open.length > MAX_NESTING) {
          this.problem = { offset: from, message: `nested deeper than ${MAX_NESTING} levels` }
          return members
        }
        i++
        continue
      }
      // A string value (already stepped over) or a number, true, false or null.
      if (c !== QUOTE) while (i < length && !isDelimiter(text.charCodeAt(i))) i++
      this.kind[id] = SCALAR
      this.end[id] = i
    }
    return members
  }

  /** A new value opening at `from` (its key at keyStart..keyEnd); it is its own last descendant until it closes. */
  private add(from: number, keyStart: number, keyEnd: number): number {
    if (this.count === this.start.length) {
      this.start = doubled(this.start)
      this.end = doubled(this.end)
      this.keyStart = doubled(this.keyStart)
      this.keyEnd = doubled(this.keyEnd)
      this.kind = doubled(this.kind)
      this.last = doubled(this.last)
    }
    const id = this.count++
    this.start[id] = from
    this.keyStart[id] = keyStart
    this.keyEnd[id] = keyEnd
    this.last[id] = id
    return id
  }

  /** The value at a path step from `id`: a list's item, or an object's member (the last of duplicate keys); -1 when absent. */
  child(id: number, step: string | number): number {
    if (this.kind[id] === ARRAY) return typeof step === 'number' ? nthKid(this.last, id, step) : -1
    if (this.kind[id] !== OBJECT) return -1
    const name = String(step)
    const plain = !name.includes('\\')
    let found = -1
    for (let kid = id + 1; kid <= this.last[id]; kid = this.last[kid] + 1)
      if (keyIs(this.text, this.keyStart[kid], this.keyEnd[kid], name, plain)) found = kid
    return found
  }

  /** Every key written again in its object, naming the value the later one hides. */
  notes(lines: LineIndex): SourceNote[] {
    const notes: SourceNote[] = []
    const walk = (id: number, path: Path): void => {
      if (this.kind[id] === ARRAY) this.kids(id).forEach((kid, i) => walk(kid, [...path, i]))
      if (this.kind[id] !== OBJECT) return
      const seen = new Map<string, number>()
      for (const kid of this.kids(id)) {
        const name = keyName(this.text, this.keyStart[kid], this.keyEnd[kid])
        const earlier = seen.get(name)
        if (earlier !== undefined) {
          const at = lines.span(this.keyStart[kid], this.keyEnd[kid])
          const shown = excerpt(this.text, this.start[earlier], this.end[earlier])
          notes.push(duplicateNote([...path, name], at, lines.at(this.start[earlier]).line, shown))
        }
        seen.set(name, kid)
        walk(kid, [...path, name])
      }
    }
    walk(0, [])
    return notes
  }

  private kids(id: number): number[] {
    const out: number[] = []
    for (let kid = id + 1; kid <= this.last[id]; kid = this.last[kid] + 1) out.push(kid)
    return out
  }
}

/**
 * Room for the nodes of a text of `length` characters, given how many characters a node takes at least in
 * most templates, so that the lists rarely grow. They are typed arrays, off the JavaScript heap: the garbage
 * collector never copies them.
 */
function initialRoom(length: number, charactersPerNode: number): number {
  return 16 + Math.ceil(length / charactersPerNode)
}

/** JSON templates hold a node per 20 to 60 characters. */
const JSON_CHARACTERS_PER_NODE = 16
/**
 * YAML is terser, and js-yaml's listener reports a node once per nesting level: real repositories average a
 * node per 18 to 21 characters, generated templates one per 13.
 */
const YAML_CHARACTERS_PER_NODE = 8

/** A typed array twice as long, starting with the same values. */
function doubled<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2)
  bigger.set(array)
  return bigger
}

/** How many members the objects of parsed JSON hold in all (JSON.parse makes plain objects and lists). */
function memberCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0
  let count = 0
  if (Array.isArray(value)) {
    for (const item of value) count += memberCount(item)
    return count
  }
  for (const key in value) count += 1 + memberCount((value as Record<string, unknown>)[key])
  return count
}

/** The offset just past the closing quote of the string that opens at `from`. */
function stringEnd(text: string, from: number): number {
  let quote = text.indexOf('"', from + 1)
  while (quote > 0) {
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    quote = text.indexOf('"', quote + 1)
  }
  return text.length
}

/**
 * Whether the key written at `start`..`end` (quotes included) reads as `name` (`plain`: it holds no backslash),
 * compared in place: a path step looks at every key of its object, and none is copied for it. Escapes make a
 * key read shorter than it is written, so only a key with a backslash is decoded.
 */
function keyIs(text: string, start: number, end: number, name: string, plain: boolean): boolean {
  const length = end - start - 2
  if (length === name.length && plain) return text.startsWith(name, start + 1)
  if (length < name.length) return false
  for (let i = start + 1; i < end - 1; i++)
    if (text.charCodeAt(i) === BACKSLASH) return keyName(text, start, end) === name
  return false
}

/** A key as JSON.parse reads it: escapes decoded only where there are any. */
function keyName(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1)
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw
}

/**
 * 1 for the characters that end a number, true, false or null: whitespace, `,`, `}` and `]`. A table, not
 * comparisons: V8 optimises the pass before it has met every kind of value, and a comparison it has never
 * seen made sends the optimised pass back to be compiled again.
 */
const DELIMITERS = new Uint8Array(128).fill(1, 0, SPACE + 1)
DELIMITERS[COMMA] = DELIMITERS[BRACE_CLOSE] = DELIMITERS[BRACKET_CLOSE] = 1

function isDelimiter(c: number): boolean {
  return DELIMITERS[c] === 1
}

function duplicateNote(path: Path, at: Position, earlierLine: number, earlier: string): SourceNote {
  const key = String(path[path.length - 1])
  return {
    kind: 'duplicate',
    path,
    at,
    message: `${key} is written twice in one mapping: CloudFormation keeps this value and ignores the one at line ${earlierLine} (${earlier})`,
  }
}

/** How the author wrote a value, on one line and shortened: what a duplicate key hides. */
function excerpt(text: string, start: number, end: number): string {
  const flat = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat
}

// ---- YAML positions: js-yaml's listener reports where each node opens and closes, during the one parse.

function yamlDocument(text: string, data: unknown, index: YamlIndex, duplicates: boolean): LoadedDocument {
  const lines = new LineIndex(text)
  return {
    data,
    format: 'yaml',
    // Only a file with duplicates or merge keys is walked for notes.
    notes: duplicates || index.hasMerges() ? index.notes(lines) : [],
    locate(path, options) {
      let frame = index.root()
      let key = -1
      let node: unknown = index.result[frame]
      for (let i = 0; i < path.length; i++) {
        const step = path[i]
        // What lies inside an alias is written at its anchor, maybe far away: the place is the alias itself.
        if (index.isAlias(frame)) break
        if (index.tagged[frame] && isWrapper(node, step)) {
          node = (node as Record<string, unknown>)[step]
          continue
        }
        const next = index.child(frame, node, step)
        if (!next) break
        key = next.key
        node = index.result[next.value]
        frame = next.value
      }
      const target = options?.key && key >= 0 ? key : frame
      const start = skipBlank(text, index.start[target])
      if (options?.within && typeof node === 'string' && !index.isAlias(frame)) {
        return lines.span(
          offsetInScalar(text, start, options.within.start),
          offsetInScalar(text, start, options.within.end),
        )
      }
      return lines.span(start, Math.max(start, trimBlank(text, index.end[target])))
    },
  }
}

/**
 * Where every node of a YAML text opens and closes, recorded by js-yaml's listener while the text is parsed.
 * Nodes are numbered in the order they open, so a node's descendants are the numbers after it up to its last
 * descendant: the index is a few flat lists, cheap to build for a large file, and children are found only
 * for the few paths a finding asks about. js-yaml reports a node once per nesting level: a wrapper repeats
 * its single child's result, and the children of interest sit in the innermost report.
 */
class YamlIndex implements NodeRecorder {
  start: Int32Array
  end: Int32Array
  readonly result: unknown[]
  /** 1 where a short-form tag (`!Sub`) built the node: a path step into its `Fn::` key stays on this node. */
  tagged: Uint8Array
  private last: Int32Array
  /** Nodes recorded, the document (node 0) included; the lists hold room for more. */
  private count = 1
  /** Merge keys (`<<`): the keys they bring in are not written in the mapping itself. */
  private readonly merges = new Set<number>()
  private readonly open: number[] = [0]

  constructor(private readonly text: string) {
    const room = initialRoom(text.length, YAML_CHARACTERS_PER_NODE)
    this.start = new Int32Array(room)
    this.end = new Int32Array(room)
    this.tagged = new Uint8Array(room)
    this.last = new Int32Array(room)
    this.end[0] = text.length
    // Results are stored as nodes close, deepest first: a list with room for them is not copied as it grows.
    this.result = new Array<unknown>(room)
    this.result[0] = null
  }

  /** js-yaml's listener: called when a node opens and when it closes. */
  readonly record = (event: yaml.EventType, state: yaml.State): void => {
    if (event === 'open') {
      this.open.push(this.opened(state.position))
      return
    }
    const id = this.open.pop()!
    const tag = (state as yaml.State & { tag?: unknown }).tag
    this.closed(id, state.position, state.result, typeof tag === 'string' && tag.length > 1 && tag.startsWith('!'))
    if (tag === MERGE_TAG) this.merges.add(id)
  }

  opened(position: number): number {
    if (this.count === this.start.length) {
      this.start = doubled(this.start)
      this.end = doubled(this.end)
      this.tagged = doubled(this.tagged)
      this.last = doubled(this.last)
    }
    this.start[this.count] = position
    return this.count++
  }

  closed(id: number, position: number, result: unknown, tagged: boolean): void {
    this.end[id] = position
    this.result[id] = result
    this.last[id] = this.count - 1
    this.last[0] = this.count - 1
    if (tagged) this.tagged[id] = 1
  }

  hasMerges(): boolean {
    return this.merges.size > 0
  }

  root(): number {
    return this.count > 1 ? 1 : 0
  }

  /**
   * The child at a path step: for a mapping the key node and the value node (the last of duplicate keys,
   * which is the one that counts; for a key brought in by a merge key, the merge key and the alias or
   * mapping it came from), for a list the item.
   */
  child(id: number, node: unknown, step: string | number): { key: number; value: number } | null {
    const parent = this.unwrap(id)
    if (Array.isArray(node)) {
      const value = typeof step === 'number' ? nthKid(this.last, parent, step) : -1
      return value < 0 ? null : { key: -1, value }
    }
    // Kids alternate key and value. They are read in place: a path step looks at every key of its mapping.
    const end = this.last[parent]
    const name = String(step)
    const merges = this.merges.size > 0
    let key = -1
    let value = -1
    for (let k = parent + 1; k <= end;) {
      const v = this.last[k] + 1
      if (v > end) break
      if (String(this.result[k]) === name && !(merges && this.merges.has(k))) {
        key = k
        value = v
      }
      k = this.last[v] + 1
    }
    for (let k = parent + 1; k <= end && key < 0 && merges;) {
      const v = this.last[k] + 1
      if (v > end) break
      const from = this.merges.has(k) ? this.mergedFrom(v, name) : null
      if (from !== null) {
        key = k
        value = from
      }
      k = this.last[v] + 1
    }
    return key < 0 ? null : { key, value }
  }

  /** Which node a merge key's value brings `key` in from: an alias or mapping, the first of a list that has it. */
  private mergedFrom(id: number, key: string): number | null {
    const node = this.unwrap(id)
    const result = this.result[node]
    if (Array.isArray(result) && !this.isAlias(node)) {
      for (const item of this.kids(node)) {
        const from = this.mergedFrom(item, key)
        if (from !== null) return from
      }
      return null
    }
    if (typeof result !== 'object' || result === null || !Object.prototype.hasOwnProperty.call(result, key)) return null
    return this.isAlias(node) ? node : (this.child(node, result, key)?.value ?? null)
  }

  /** An alias (`*name`) has no text of its own: what it holds is written at its anchor. */
  isAlias(id: number): boolean {
    return this.text[skipBlank(this.text, this.start[id])] === '*'
  }

  /** Keys written twice in one mapping, and merge keys, where they stand (aliases are walked at their anchor). */
  notes(lines: LineIndex): SourceNote[] {
    const notes: SourceNote[] = []
    const span = (id: number): Position => {
      const from = skipBlank(this.text, this.start[id])
      return lines.span(from, Math.max(from, trimBlank(this.text, this.end[id])))
    }
    const walk = (id: number, path: Path): void => {
      const node = this.unwrap(id)
      const result = this.result[node]
      if (typeof result !== 'object' || result === null || this.isAlias(node)) return
      const kids = this.kids(node)
      const wrapper = this.tagged[node] ? Object.keys(result)[0] : undefined
      const inner: unknown = wrapper === undefined ? result : (result as Record<string, unknown>)[wrapper]
      const at = wrapper === undefined ? path : [...path, wrapper]
      if (Array.isArray(inner)) {
        kids.forEach((kid, i) => walk(kid, [...at, i]))
        return
      }
      const seen = new Map<string, number>()
      for (let i = 0; i + 1 < kids.length; i += 2) {
        const key = kids[i]
        if (this.merges.has(key)) {
          notes.push({
            kind: 'merge',
            path: at,
            at: span(key),
            message:
              'a YAML merge key (<<): it is judged expanded, as the packaging tools (aws cloudformation package, sam deploy) expand it, but CloudFormation itself rejects a template that still has one',
          })
          continue
        }
        const name = String(this.result[key])
        const earlier = seen.get(name)
        if (earlier !== undefined) {
          const from = skipBlank(this.text, this.start[earlier])
          const shown = excerpt(this.text, from, trimBlank(this.text, this.end[earlier]))
          notes.push(duplicateNote([...at, name], span(key), lines.at(from).line, shown))
        }
        seen.set(name, kids[i + 1])
        walk(kids[i + 1], [...at, name])
      }
    }
    walk(this.root(), [])
    return notes
  }

  private kids(id: number): number[] {
    const out: number[] = []
    for (let kid = id + 1; kid <= this.last[id]; kid = this.last[kid] + 1) out.push(kid)
    return out
  }

  /** Past wrappers: a node whose one kid repeats its result (js-yaml reports a node once per nesting level). */
  private unwrap(id: number): number {
    let current = id
    for (;;) {
      const result = this.result[current]
      const only = current + 1
      const single = only <= this.last[current] && this.last[only] === this.last[current]
      if (!single || this.result[only] !== result || typeof result !== 'object' || result === null) return current
      current = only
    }
  }
}

const MERGE_TAG = 'tag:yaml.org,2002:merge'

/**
 * The source offset of the character at `decoded` in the string scalar that starts at `start`: escapes
 * in double-quoted strings, doubled quotes in single-quoted ones, and the indentation of `|` and `>`
 * blocks are stepped over. Plain scalars map one to one.
 */
function offsetInScalar(text: string, scalarStart: number, decoded: number): number {
  let start = scalarStart
  // A tag (`!Sub`) or anchor may stand before the scalar itself.
  while (text[start] === '!' || text[start] === '&') {
    while (start < text.length && !/\s/.test(text[start])) start++
    while (text[start] === ' ' || text[start] === '\t') start++
  }
  const opener = text[start]
  let i = start
  if (opener === '"' || opener === "'") {
    i++
    for (let k = 0; k < decoded && i < text.length; k++) {
      if (opener === '"' && text[i] === '\\') i += text[i + 1] === 'u' ? 6 : 2
      else if (opener === "'" && text[i] === "'" && text[i + 1] === "'") i += 2
      else if (text[i] === '\n') {
        i++
        while (text[i] === ' ' || text[i] === '\t') i++
      } else i++
    }
    return i
  }
  if (opener === '|' || opener === '>') {
    i = text.indexOf('\n', start) + 1
    const indent = /^[ ]*/.exec(text.slice(i))![0].length
    let k = 0
    while (i < text.length) {
      const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i)
      const content = Math.min(i + indent, lineEnd)
      const length = lineEnd - content
      if (decoded <= k + length) return content + (decoded - k)
      k += length + 1
      i = lineEnd + 1
    }
    return text.length
  }
  return start + decoded
}

/**
 * The `n`th kid of node `id` in an index whose nodes are numbered in the order they open, each node's
 * descendants the numbers after it up to `last[id]`; -1 when there is none.
 */
function nthKid(last: ArrayLike<number>, id: number, n: number): number {
  if (!Number.isInteger(n) || n < 0) return -1
  let i = 0
  for (let kid = id + 1; kid <= last[id]; kid = last[kid] + 1) if (i++ === n) return kid
  return -1
}

function isWrapper(node: unknown, step: string | number): boolean {
  if (!isObjectLike(node) || Array.isArray(node) || typeof step !== 'string') return false
  const keys = Object.keys(node)
  return keys.length === 1 && keys[0] === step && (step.startsWith('Fn::') || step === 'Ref' || step === 'Condition')
}

function isObjectLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

/** Moves past spaces, line breaks and comments: js-yaml reports a value's start right after its `:`. */
function skipBlank(text: string, offset: number): number {
  let i = offset
  while (i < text.length) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++
    else break
  }
  return i
}

function trimBlank(text: string, offset: number): number {
  let i = offset
  while (i > 0 && /\s/.test(text[i - 1])) i--
  return i
}
