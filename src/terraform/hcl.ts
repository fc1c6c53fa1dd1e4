import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Node, Parser, Tree } from 'web-tree-sitter'

export type { Node } from 'web-tree-sitter'

/** The two WebAssembly files: the parser runtime and the Terraform grammar. The build copies both beside each bundle. */
const RUNTIME = 'tree-sitter.wasm'
const GRAMMAR = 'tree-sitter-terraform.wasm'
const PACKAGES: Record<string, string> = {
  [RUNTIME]: 'web-tree-sitter/tree-sitter.wasm',
  [GRAMMAR]: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
}

/** The started parser, or why it could not start. */
let parser: Parser | Error | null = null
let starting: Promise<void> | null = null

/**
 * Starts the HCL parser (once; about 20 ms warm, more cold). Only scans that found a `.tf` file call it,
 * so repositories without Terraform never load the parser's code or its WebAssembly.
 */
export function startHcl(): Promise<void> {
  starting ??= (async () => {
    try {
      const { Language, Parser } = await import('web-tree-sitter')
      await Parser.init({ wasmBinary: readWasm(RUNTIME) })
      const language = await Language.load(readWasm(GRAMMAR))
      const started = new Parser()
      started.setLanguage(language)
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
 * Trees parsed and not yet freed. A tree lives in the parser's WebAssembly memory, which JavaScript's garbage
 * collector never frees: kept, 2,000 files' trees took 400 MB and made every later allocation in it slower.
 */
const parsed: Tree[] = []

/**
 * Parses HCL text; the tree is error-tolerant, so errors are read from it (`firstError`). The tree stays
 * until `freeHclTrees`.
 */
export function parseHcl(text: string): Node {
  if (!parser || parser instanceof Error)
    throw new Error('the HCL parser was not started before a Terraform file was read')
  const tree = parser.parse(text)
  if (!tree) throw new Error('the HCL parser returned no tree')
  parsed.push(tree)
  return tree.rootNode
}

/** Frees every tree parsed so far: their nodes must not be read after (a module is judged, then freed). */
export function freeHclTrees(): void {
  for (const tree of parsed.splice(0)) tree.delete()
}

/** The first syntax error in a tree: where (0-based row and column) and what. */
export function firstError(root: Node): { row: number; column: number; what: string } | null {
  if (!root.hasError) return null
  const stack: Node[] = [root]
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
