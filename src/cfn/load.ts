import yaml from 'js-yaml'
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import type { Diagnostic } from '../findings.js'
import { CFN_SCHEMA } from './yaml-schema.js'

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
      const { problem, duplicates } = jsonStructure(text)
      if (problem) {
        const at = new LineIndex(text).at(problem.offset)
        return { ok: false, error: { ...at, message: `JSON: ${problem.message}` } }
      }
      return { ok: true, document: jsonDocument(text, data, duplicates) }
    } catch {
      if (/\.json$/i.test(fileName)) return { ok: false, error: jsonError(text) }
      // Not JSON after all: a YAML flow mapping, which the YAML parser reads.
    }
  }
  let loaded: { documents: unknown[]; duplicates: boolean }
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
  return { ok: true, document: yamlDocument(text, loaded.documents[0], loaded.duplicates) }
}

/**
 * The YAML documents as CloudFormation deploys them: duplicate keys are read the strict way first (no template
 * pays for the lenient one), and only a file that has them is read again keeping the last, as the service does.
 * Every document is read, so that a file holding several can be told apart from a template.
 */
function loadYaml(text: string, fileName: string): { documents: unknown[]; duplicates: boolean } {
  try {
    return { documents: yaml.loadAll(text, null, { schema: CFN_SCHEMA, filename: fileName }), duplicates: false }
  } catch (error) {
    if (!(error instanceof yaml.YAMLException) || error.reason !== 'duplicated mapping key') throw error
    const documents = yaml.loadAll(text, null, { schema: CFN_SCHEMA, filename: fileName, json: true })
    return { documents, duplicates: true }
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

/**
 * Nesting beyond MAX_NESTING, which is refused, and whether a key is repeated in one object (JSON.parse
 * keeps the last silently, which could hide a `"Resource": "*"`: it is reported). One pass, no tree.
 */
function jsonStructure(text: string): { problem: { offset: number; message: string } | null; duplicates: boolean } {
  const open: (Set<string> | null)[] = []
  const length = text.length
  let duplicates = false
  let i = 0
  while (i < length) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const start = i++
      while (i < length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1
      const end = i++
      const keys = open[open.length - 1]
      if (keys) {
        let j = i
        while (j < length && text.charCodeAt(j) <= SPACE) j++
        if (text.charCodeAt(j) === COLON) {
          const key = text.slice(start + 1, end)
          if (keys.has(key)) duplicates = true
          keys.add(key)
        }
      }
      continue
    }
    if (c === BRACE_OPEN || c === BRACKET_OPEN) {
      open.push(c === BRACE_OPEN ? new Set() : null)
      if (open.length > MAX_NESTING)
        return { problem: { offset: i, message: `nested deeper than ${MAX_NESTING} levels` }, duplicates }
    } else if (c === BRACE_CLOSE || c === BRACKET_CLOSE) {
      open.pop()
    }
    i++
  }
  return { problem: null, duplicates }
}

const QUOTE = 34
const BACKSLASH = 92
const SPACE = 32
const COLON = 58
const BRACE_OPEN = 123
const BRACE_CLOSE = 125
const BRACKET_OPEN = 91
const BRACKET_CLOSE = 93

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** Offsets to 1-based lines and columns. */
class LineIndex {
  private starts: number[] | null = null

  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - starts[low] + 1 }
  }

  span(start: number, end: number): Position {
    const a = this.at(start)
    const b = this.at(Math.max(start, end))
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

// ---- JSON positions: jsonc-parser's tree keeps every property's key and value offsets.

function jsonDocument(text: string, data: unknown, duplicates: boolean): LoadedDocument {
  let tree: JsonNode | undefined
  const lines = new LineIndex(text)
  const parsed = (): JsonNode => (tree ??= parseTree(text) ?? { type: 'null', offset: 0, length: 0 })
  return {
    data,
    format: 'json',
    notes: duplicates ? jsonDuplicates(text, parsed(), lines) : [],
    locate(path, options) {
      tree = parsed()
      let node = tree
      let key: JsonNode | undefined
      for (const step of path) {
        const next = jsonChild(node, step)
        if (!next) break
        node = next.value
        key = next.key
      }
      const target = options?.key && key ? key : node
      if (options?.within && target.type === 'string') {
        return lines.span(
          offsetInScalar(text, target.offset, options.within.start),
          offsetInScalar(text, target.offset, options.within.end),
        )
      }
      return lines.span(target.offset, target.offset + target.length)
    },
  }
}

/** Every key written again in its object, naming the value the later one hides. */
function jsonDuplicates(text: string, root: JsonNode, lines: LineIndex): SourceNote[] {
  const notes: SourceNote[] = []
  const walk = (node: JsonNode, path: Path): void => {
    if (node.type === 'array') node.children?.forEach((child, i) => walk(child, [...path, i]))
    if (node.type !== 'object') return
    const seen = new Map<string, JsonNode>()
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (!key || !value) continue
      const name = String(key.value)
      const earlier = seen.get(name)
      if (earlier) {
        const at = lines.span(key.offset, key.offset + key.length)
        notes.push(
          duplicateNote(
            [...path, name],
            at,
            lines.at(earlier.offset).line,
            excerpt(text, earlier.offset, earlier.offset + earlier.length),
          ),
        )
      }
      seen.set(name, value)
      walk(value, [...path, name])
    }
  }
  walk(root, [])
  return notes
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

function jsonChild(node: JsonNode, step: string | number): { value: JsonNode; key?: JsonNode } | null {
  if (node.type === 'array' && typeof step === 'number') {
    const value = node.children?.[step]
    return value ? { value } : null
  }
  if (node.type !== 'object') return null
  // The last of duplicate keys wins, as in JSON.parse.
  const property = node.children?.filter((p) => p.children?.[0]?.value === String(step)).pop()
  const [key, value] = property?.children ?? []
  return key && value ? { key, value } : null
}

// ---- YAML positions: a second parse with js-yaml's listener, which reports where each node opens and closes.

function yamlDocument(text: string, data: unknown, duplicates: boolean): LoadedDocument {
  let index: YamlIndex | undefined
  const lines = new LineIndex(text)
  // Only a file with duplicates or merge keys pays for the positions up front.
  if (duplicates || text.includes('<<')) index = new YamlIndex(text)
  return {
    data,
    format: 'yaml',
    notes: index ? index.notes(lines) : [],
    locate(path, options) {
      index ??= new YamlIndex(text)
      let frame = index.root()
      let key = -1
      let node: unknown = index.result[frame]
      for (const step of path) {
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
 * Where every node of a YAML text opens and closes, from a parse with js-yaml's listener. Nodes are
 * numbered in the order they open, so a node's descendants are the numbers after it up to its last
 * descendant: the index is a few flat lists, cheap to build for a large file, and children are found
 * only for the few paths a finding asks about. js-yaml reports a node once per nesting level: a wrapper
 * repeats its single child's result, and the children of interest sit in the innermost report.
 */
class YamlIndex {
  readonly start: number[] = [0]
  readonly end: number[] = [0]
  readonly result: unknown[] = [null]
  /** Short-form tag (`!Sub`) that built this node: a path step into its `Fn::` key stays on this node. */
  readonly tagged: boolean[] = [false]
  private readonly last: number[] = [0]
  /** Merge keys (`<<`): the keys they bring in are not written in the mapping itself. */
  private readonly merges = new Set<number>()

  constructor(private readonly text: string) {
    this.end[0] = text.length
    const stack = [0]
    yaml.load(text, {
      schema: CFN_SCHEMA,
      json: true,
      listener: (event, state) => {
        if (event === 'open') {
          const id = this.start.length
          this.start.push(state.position)
          stack.push(id)
          return
        }
        const id = stack.pop()!
        this.end[id] = state.position
        this.result[id] = state.result
        this.last[id] = this.start.length - 1
        const tag = (state as yaml.State & { tag?: unknown }).tag
        if (typeof tag === 'string' && tag.length > 1 && tag.startsWith('!')) this.tagged[id] = true
        else if (tag === MERGE_TAG) this.merges.add(id)
      },
    })
    this.last[0] = this.start.length - 1
  }

  root(): number {
    return this.start.length > 1 ? 1 : 0
  }

  /**
   * The child at a path step: for a mapping the key node and the value node (the last of duplicate keys,
   * which is the one that counts; for a key brought in by a merge key, the merge key and the alias or
   * mapping it came from), for a list the item.
   */
  child(id: number, node: unknown, step: string | number): { key: number; value: number } | null {
    const kids = this.kids(this.unwrap(id))
    if (Array.isArray(node)) {
      const value = typeof step === 'number' ? kids[step] : undefined
      return value === undefined ? null : { key: -1, value }
    }
    let found: { key: number; value: number } | null = null
    for (let i = 0; i + 1 < kids.length; i += 2) {
      if (!this.merges.has(kids[i]) && String(this.result[kids[i]]) === String(step))
        found = { key: kids[i], value: kids[i + 1] }
    }
    for (let i = 0; i + 1 < kids.length && !found; i += 2) {
      const from = this.merges.has(kids[i]) ? this.mergedFrom(kids[i + 1], String(step)) : null
      if (from !== null) found = { key: kids[i], value: from }
    }
    return found
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

  private unwrap(id: number): number {
    let current = id
    for (;;) {
      const kids = this.kids(current)
      if (
        kids.length !== 1 ||
        this.result[kids[0]] !== this.result[current] ||
        typeof this.result[current] !== 'object' ||
        this.result[current] === null
      )
        return current
      current = kids[0]!
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
