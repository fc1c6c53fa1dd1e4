import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Language, Node as TreeNode, Parser, Point, Tree } from 'web-tree-sitter'
import { TextLines } from '../util/lines.js'

/** The two WebAssembly files: the parser runtime and the Terraform grammar. The build copies both beside each bundle. */
const RUNTIME = 'tree-sitter.wasm'
const GRAMMAR = 'tree-sitter-terraform.wasm'
const PACKAGES: Record<string, string> = {
  [RUNTIME]: 'web-tree-sitter/tree-sitter.wasm',
  [GRAMMAR]: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
}

/** The started parser, or why it could not start. */
let parser: Parser | Error | null = null
let walker: ((tree: Tree, text: string) => Node) | null = null
let starting: Promise<void> | null = null

/**
 * Starts the HCL parser (once; about 20 ms warm, more cold). Only scans that found a `.tf` file call it,
 * so repositories without Terraform never load the parser's code or its WebAssembly.
 */
export function startHcl(): Promise<void> {
  starting ??= (async () => {
    try {
      const { Language, Parser } = await import('web-tree-sitter')
      // web-tree-sitter starts its WebAssembly module on this object, which then holds the module's exports.
      const runtime: Record<string, unknown> = { wasmBinary: readWasm(RUNTIME) }
      await Parser.init(runtime)
      const language = await Language.load(readWasm(GRAMMAR))
      const started = new Parser()
      started.setLanguage(language)
      walker = cursorWalker(runtime, language)
      parser = started
    } catch (e) {
      parser = e instanceof Error ? e : new Error(String(e))
    }
  })()
  return starting
}

/** The started parser, why it could not start, or null before `startHcl` was called. */
export function hclParser(): Parser | Error | null {
  return parser
}

/** Beside the running bundle, else from the installed package (tests run the sources). */
function readWasm(name: string): Uint8Array {
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url))
  if (existsSync(beside)) return readFileSync(beside)
  return readFileSync(createRequire(import.meta.url).resolve(PACKAGES[name]))
}

/**
 * Parses HCL text into plain nodes; the parse is error-tolerant, so errors are read from the result
 * (`firstError`). The parser's own tree is freed at once: it lives in WebAssembly memory, which JavaScript's
 * garbage collector never frees (kept, 2,000 files' trees took 400 MB and slowed every allocation in it).
 */
export function parseHcl(text: string): Node {
  if (!parser || parser instanceof Error || !walker)
    throw new Error('the HCL parser was not started before a Terraform file was read')
  const tree = parser.parse(text)
  if (!tree) throw new Error('the HCL parser returned no tree')
  try {
    const error = syntaxError(tree.rootNode)
    return error
      ? Object.assign(new Node(new TextLines(text), 'ERROR', true, 0, text.length, null), { error })
      : walker(tree, text)
  } finally {
    tree.delete()
  }
}

/** The first syntax error in a parsed file: where (0-based row and column) and what. */
export function firstError(root: Node): SyntaxError | null {
  return root.error ?? null
}

interface SyntaxError {
  row: number
  column: number
  what: string
}

function syntaxError(root: TreeNode): SyntaxError | null {
  if (!root.hasError) return null
  const stack: TreeNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.isMissing) return { ...node.startPosition, what: `"${node.type}" is missing here` }
    if (node.isError) return { ...node.startPosition, what: `unexpected "${node.text.split('\n')[0].slice(0, 20)}"` }
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i)
      if (child?.hasError || child?.isMissing || child?.isError) stack.push(child)
    }
  }
  return { ...root.startPosition, what: 'a syntax error' }
}

/**
 * A node of a parsed HCL file as plain data, with web-tree-sitter's names for what is read of it. Reading a
 * web-tree-sitter node's properties crosses into WebAssembly on every access (the evaluation read them for
 * 1.7 s on the 2,000-file bench corpus); the tree is read once instead (`cursorWalker`).
 */
export class Node {
  readonly children: Node[] = []
  private named: Node[] | null = null
  /** Set on the root of a file that does not parse. */
  error?: SyntaxError

  constructor(
    private readonly source: TextLines,
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** The grammar's name for this child in its parent (`key`, `val`), if it has one. */
    readonly field: string | null,
  ) {}

  get namedChildren(): Node[] {
    return (this.named ??= this.children.filter((c) => c.isNamed))
  }

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex)
  }

  get startPosition(): Point {
    return this.source.point(this.startIndex)
  }

  get endPosition(): Point {
    return this.source.point(this.endIndex)
  }

  childForFieldName(field: string): Node | null {
    return this.children.find((c) => c.field === field) ?? null
  }

  /** Every node of `type` under this one (itself included), in the order they are written. */
  descendantsOfType(type: string): Node[] {
    const found: Node[] = []
    // A stack, not recursion: a file may nest blocks thousands deep.
    const stack: Node[] = [this]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === type) found.push(node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
    }
    return found
  }
}

/** The exports of web-tree-sitter's WebAssembly module that a tree walk calls. */
interface Runtime {
  HEAP32: Int32Array
  _ts_init(): number
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number
  _ts_tree_cursor_goto_parent_wasm(tree: number): number
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number
  _ts_tree_cursor_current_field_id_wasm(tree: number): number
  _ts_tree_cursor_start_index_wasm(tree: number): number
  _ts_tree_cursor_end_index_wasm(tree: number): number
}

/**
 * Reads a whole tree into plain nodes with one tree cursor, calling the WebAssembly module's cursor functions
 * directly. web-tree-sitter's own TreeCursor copies the cursor's four words into the module's transfer
 * buffer and back around every call, through generic accessors; those copies cost four times the walk
 * itself. The module keeps the cursor in that buffer between calls, so the walk puts it there once and
 * takes it back once at the end (where web-tree-sitter frees it). Positions are computed from offsets.
 * web-tree-sitter is pinned to an exact version, and test/terraform/tree.test.ts checks every node of the
 * fixtures against web-tree-sitter's own API.
 */
function cursorWalker(exports: Record<string, unknown>, language: Language): (tree: Tree, text: string) => Node {
  const runtime = exports as unknown as Runtime
  const buffer = runtime._ts_init() >> 2
  const names = language.types
  const named = names.map((_, id) => language.nodeTypeIsNamed(id))
  const fields = language.fields
  return (tree, text) => {
    const source = new TextLines(text)
    // Tree and TreeCursor keep the module's addresses and the cursor's words at their indexes 0-3.
    const address = (tree as unknown as Record<number, number>)[0]
    const cursor = tree.walk() as unknown as Record<number, number> & { delete(): void }
    for (let i = 0; i < 4; i++) runtime.HEAP32[buffer + i] = cursor[i]
    const parents: Node[] = []
    let root: Node | null = null
    for (;;) {
      const type = runtime._ts_tree_cursor_current_node_type_id_wasm(address)
      const parent = parents.length > 0 ? parents[parents.length - 1] : null
      const node = new Node(
        source,
        names[type] ?? 'ERROR',
        named[type] ?? false,
        runtime._ts_tree_cursor_start_index_wasm(address),
        runtime._ts_tree_cursor_end_index_wasm(address),
        parent ? (fields[runtime._ts_tree_cursor_current_field_id_wasm(address)] ?? null) : null,
      )
      if (parent) parent.children.push(node)
      else root = node
      if (runtime._ts_tree_cursor_goto_first_child_wasm(address)) {
        parents.push(node)
        continue
      }
      while (!runtime._ts_tree_cursor_goto_next_sibling_wasm(address) && parents.length > 0) {
        runtime._ts_tree_cursor_goto_parent_wasm(address)
        parents.pop()
      }
      if (parents.length === 0) break
    }
    // The walk may have grown the module's memory: HEAP32 is read again for the current view.
    for (let i = 0; i < 4; i++) cursor[i] = runtime.HEAP32[buffer + i]
    cursor.delete()
    return root!
  }
}
