import type { Position } from '../cfn/load.js'
import type { Node } from './hcl.js'

/**
 * The `.tf` files of one module read together. Positions are kept on one virtual document (the files one
 * after the other), so the rules, which know one document per scan, point into any of them; `place` maps a
 * virtual line back to its file.
 */
export interface HclFile {
  /** Relative to the scan's working directory, with `/` separators. */
  file: string
  root: Node
  /** Virtual line of the file's first line, minus one. */
  offset: number
  lines: number
}

/** A block with its type, labels and body. */
export interface Block {
  type: string
  labels: string[]
  node: Node
  /** The body node; null for an empty block `x {}`. */
  body: Node | null
  source: HclFile
}

/** An attribute `name = expression` of a body. */
export interface Attribute {
  name: string
  node: Node
  expression: Node
}

export function blocksOf(body: Node | null, source: HclFile): Block[] {
  if (!body) return []
  const out: Block[] = []
  for (const child of body.namedChildren) {
    if (!child || child.type !== 'block') continue
    const type = child.namedChildren.find((c) => c?.type === 'identifier')?.text ?? ''
    const labels = child.namedChildren
      .filter((c): c is Node => c !== null && (c.type === 'string_lit' || c.type === 'identifier'))
      .slice(1)
      .map((c) => (c.type === 'string_lit' ? c.text.slice(1, -1) : c.text))
    out.push({ type, labels, node: child, body: child.namedChildren.find((c) => c?.type === 'body') ?? null, source })
  }
  return out
}

export function attributesOf(body: Node | null): Map<string, Attribute> {
  const out = new Map<string, Attribute>()
  if (!body) return out
  for (const child of body.namedChildren) {
    if (!child || child.type !== 'attribute') continue
    const name = child.namedChildren.find((c) => c?.type === 'identifier')?.text
    const expression = child.namedChildren.find((c) => c?.type === 'expression')
    if (name && expression) out.set(name, { name, node: child, expression })
  }
  return out
}

/** A function call's name and its argument expressions. */
export function callOf(node: Node): { name: string; args: Node[] } {
  const name = node.namedChildren.find((c) => c?.type === 'identifier')?.text ?? ''
  const args =
    node.namedChildren
      .find((c) => c?.type === 'function_arguments')
      ?.namedChildren.filter((c): c is Node => c?.type === 'expression') ?? []
  return { name, args }
}

/** Where a node stands on the virtual document. */
export function positionOf(node: Node, source: HclFile): Position {
  return {
    line: source.offset + node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: source.offset + node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  }
}
