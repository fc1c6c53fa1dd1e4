import yaml from 'js-yaml'
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
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
  format: 'yaml' | 'json'
  /**
   * Where the node at `path` stands (with `key`, where its mapping key stands). Positions cost a second,
   * slower parse, so they are computed on the first call only: files without findings never pay for them.
   */
  locate(path: Path, options?: LocateOptions): Position
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

interface LoadError {
  line: number
  column: number
  message: string
}

export type LoadResult = { ok: true; document: LoadedDocument } | { ok: false; error: LoadError }

/** Parses YAML (with CloudFormation tags) or JSON; JSON when the name says so or the text opens with `{`. */
export function loadDocument(source: string, fileName: string): LoadResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const json = /\.json$/i.test(fileName) || /^\s*\{/.test(text)
  if (json) {
    try {
      const data: unknown = JSON.parse(text)
      const problem = jsonStructureProblem(text)
      if (problem) {
        const at = new LineIndex(text).at(problem.offset)
        return { ok: false, error: { ...at, message: `JSON: ${problem.message}` } }
      }
      return { ok: true, document: jsonDocument(text, data) }
    } catch {
      if (/\.json$/i.test(fileName)) return { ok: false, error: jsonError(text) }
      // Not JSON after all: a YAML flow mapping, which the YAML parser reads.
    }
  }
  try {
    const data = yaml.load(text, { schema: CFN_SCHEMA, filename: fileName })
    return { ok: true, document: yamlDocument(text, data) }
  } catch (error) {
    return { ok: false, error: yamlError(error) }
  }
}

function yamlError(error: unknown): LoadError {
  if (error instanceof yaml.YAMLException) {
    return { line: error.mark.line + 1, column: error.mark.column + 1, message: `YAML: ${error.reason}` }
  }
  return { line: 1, column: 1, message: `YAML: ${error instanceof Error ? error.message : String(error)}` }
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
 * What JSON.parse lets pass but CloudFormation does not: a key repeated in one object (JSON.parse keeps
 * the last silently, which could hide a `"Resource": "*"`), and nesting beyond MAX_NESTING. One pass, no tree.
 */
function jsonStructureProblem(text: string): { offset: number; message: string } | null {
  const open: (Set<string> | null)[] = []
  const length = text.length
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
          if (keys.has(key))
            return {
              offset: start,
              message: `duplicate key "${key}" in one object (CloudFormation rejects the template; JSON readers keep only the last)`,
            }
          keys.add(key)
        }
      }
      continue
    }
    if (c === BRACE_OPEN || c === BRACKET_OPEN) {
      open.push(c === BRACE_OPEN ? new Set() : null)
      if (open.length > MAX_NESTING) return { offset: i, message: `nested deeper than ${MAX_NESTING} levels` }
    } else if (c === BRACE_CLOSE || c === BRACKET_CLOSE) {
      open.pop()
    }
    i++
  }
  return null
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

function jsonDocument(text: string, data: unknown): LoadedDocument {
  let tree: JsonNode | undefined
  const lines = new LineIndex(text)
  return {
    data,
    format: 'json',
    locate(path, options) {
      tree ??= parseTree(text) ?? { type: 'null', offset: 0, length: 0 }
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

function yamlDocument(text: string, data: unknown): LoadedDocument {
  let index: YamlIndex | undefined
  const lines = new LineIndex(text)
  return {
    data,
    format: 'yaml',
    locate(path, options) {
      index ??= new YamlIndex(text)
      let frame = index.root()
      let key = -1
      let node: unknown = index.result[frame]
      for (const step of path) {
        if (index.tagged[frame] && isWrapper(node, step)) {
          node = (node as Record<string, unknown>)[step]
          continue
        }
        const next = index.child(frame, node, step)
        if (!next) break
        key = next.key
        node = index.result[next.value]
        frame = index.definition(next.value)
      }
      const target = options?.key && key >= 0 ? key : frame
      const start = skipBlank(text, index.start[target])
      if (options?.within && typeof node === 'string') {
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
  private definitions: Map<object, number> | null = null

  constructor(text: string) {
    this.end[0] = text.length
    const stack = [0]
    yaml.load(text, {
      schema: CFN_SCHEMA,
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
      },
    })
    this.last[0] = this.start.length - 1
  }

  root(): number {
    return this.start.length > 1 ? this.definition(1) : 0
  }

  /** The child at a path step: for a mapping the key node and the value node, for a list the item. */
  child(id: number, node: unknown, step: string | number): { key: number; value: number } | null {
    const kids = this.kids(this.unwrap(id))
    if (Array.isArray(node)) {
      const value = typeof step === 'number' ? kids[step] : undefined
      return value === undefined ? null : { key: -1, value }
    }
    for (let i = 0; i + 1 < kids.length; i += 2) {
      if (String(this.result[kids[i]]) === String(step)) return { key: kids[i], value: kids[i + 1] }
    }
    return null
  }

  /** For an alias, which has no children of its own, the node its anchor defines; else the node itself. */
  definition(id: number): number {
    const result = this.result[id]
    if (typeof result !== 'object' || result === null || this.tagged[id] || this.kids(this.unwrap(id)).length > 0)
      return id
    if (!this.definitions) {
      this.definitions = new Map()
      for (let other = 1; other < this.result.length; other++) {
        const r = this.result[other]
        if (typeof r === 'object' && r !== null && !this.definitions.has(r)) this.definitions.set(r, other)
      }
    }
    return this.definitions.get(result) ?? id
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
