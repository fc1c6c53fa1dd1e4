import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser'

import { isObject } from '../util/object.js'
import type { LoadedDocument, Path, Position } from './load.js'

/** A policy written in the template as JSON text, and where that text stands. */
export interface SourceText {
  text: string
  path: Path
}

/**
 * The JSON text a string-valued policy was written as: the string itself, or the template of a
 * `Fn::Sub` (its `${...}` sit inside JSON strings, so statement offsets are those of the result).
 */
export function sourceTextOf(data: unknown, path: Path, resolved: unknown): SourceText | null {
  if (typeof resolved !== 'string') return null
  const raw = nodeAt(data, path)
  if (raw === resolved) return { text: raw, path }
  const sub = isObject(raw) ? raw['Fn::Sub'] : undefined
  if (typeof sub === 'string') return { text: sub, path: [...path, 'Fn::Sub'] }
  if (Array.isArray(sub) && typeof sub[0] === 'string') return { text: sub[0], path: [...path, 'Fn::Sub', 0] }
  return null
}

/** Where the node at `inner` (a path inside the JSON text) stands in the file; null if the text does not parse. */
export function locateInText(document: LoadedDocument, source: SourceText, inner: Path): Position | null {
  const within = spanInJsonText(source.text, inner)
  return within ? document.locate(source.path, { within }) : null
}

/** The path of statement `index` inside a policy's JSON text: `Statement` may be a list or one object. */
export function statementPathInText(text: string, index: number): Path {
  const root = parseTree(text)
  const statement = root ? findNodeAtLocation(root, ['Statement']) : undefined
  return statement?.type === 'array' ? ['Statement', index] : ['Statement']
}

/** The value at `path` inside JSON text, as written there (before any `Fn::Sub`); undefined if absent. */
export function valueInText(text: string, path: Path): unknown {
  const root = parseTree(text)
  const node = root ? findNodeAtLocation(root, path as JSONPath) : undefined
  return node?.value as unknown
}

/** Offsets of the node at `path` inside JSON text; the deepest node that exists when the path runs out. */
function spanInJsonText(text: string, path: Path): { start: number; end: number } | null {
  const root = parseTree(text)
  if (!root) return null
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length))
    if (node) return { start: node.offset, end: node.offset + node.length }
  }
  return null
}

function nodeAt(data: unknown, path: Path): unknown {
  let node = data
  for (const step of path)
    node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[step] : undefined
  return node
}
