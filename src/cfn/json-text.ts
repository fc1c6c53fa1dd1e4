import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser'
import type { Path } from './load.js'

/** Offsets of the node at `path` inside JSON text; the deepest node that exists when the path runs out. */
export function spanInJsonText(text: string, path: Path): { start: number; end: number } | null {
  const root = parseTree(text)
  if (!root) return null
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length) as JSONPath)
    if (node) return { start: node.offset, end: node.offset + node.length }
  }
  return null
}

/** `Statement` may be a list or a single statement object. */
export function statementPathInDocument(text: string, index: number): Path {
  const root = parseTree(text)
  const statement = root ? findNodeAtLocation(root, ['Statement']) : undefined
  return statement?.type === 'array' ? ['Statement', index] : ['Statement']
}
