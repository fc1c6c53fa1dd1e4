/**
 * parseHcl reads each tree once into plain nodes by calling the parser's WebAssembly cursor functions
 * directly (web-tree-sitter's own accessors cost four times the walk). Every node must be what
 * web-tree-sitter's own API says: type, offsets, positions and field names, on every Terraform file of the
 * fixtures and examples and on text with CRLF line ends and characters outside the BMP.
 */
import { beforeAll, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Language, Parser, type TreeCursor } from 'web-tree-sitter'
import { firstError, parseHcl, startHcl, type Node } from '../../src/terraform/hcl.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)
let reference: Parser

beforeAll(async () => {
  await startHcl()
  reference = new Parser()
  reference.setLanguage(
    await Language.load(
      readFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')),
    ),
  )
})

/** A node as web-tree-sitter's cursor sees it, with its children. */
interface Shape {
  type: string
  named: boolean
  field: string | null
  start: number
  end: number
  from: { row: number; column: number }
  to: { row: number; column: number }
  text: string
  children: Shape[]
}

function expected(cursor: TreeCursor, field: string | null): Shape {
  const shape: Shape = {
    type: cursor.nodeType,
    named: cursor.nodeIsNamed,
    field,
    start: cursor.startIndex,
    end: cursor.endIndex,
    from: cursor.startPosition,
    to: cursor.endPosition,
    text: cursor.nodeText,
    children: [],
  }
  if (cursor.gotoFirstChild()) {
    do shape.children.push(expected(cursor, cursor.currentFieldName))
    while (cursor.gotoNextSibling())
    cursor.gotoParent()
  }
  return shape
}

function actual(node: Node): Shape {
  return {
    type: node.type,
    named: node.isNamed,
    field: node.field,
    start: node.startIndex,
    end: node.endIndex,
    from: node.startPosition,
    to: node.endPosition,
    text: node.text,
    children: node.children.map(actual),
  }
}

function compare(text: string): number {
  const tree = reference.parse(text)!
  const cursor = tree.walk()
  const want = expected(cursor, null)
  cursor.delete()
  tree.delete()
  const root = parseHcl(text)
  expect(firstError(root)).toBeNull()
  expect(actual(root)).toEqual(want)
  const count = (s: Shape): number => 1 + s.children.reduce((n, c) => n + count(c), 0)
  return count(want)
}

test('every node of every fixture and example .tf file is what web-tree-sitter reads', () => {
  const files = ['test/fixtures/terraform', 'examples/terraform'].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.tf'))
      .map((e) => path.join(e.parentPath, e.name)),
  )
  expect(files.length).toBeGreaterThan(20)
  let nodes = 0
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    // Files that do not parse are not walked (they are reported with their first error).
    if (!reference.parse(text)!.rootNode.hasError) nodes += compare(text)
  }
  expect(nodes).toBeGreaterThan(5000)
})

test('positions and text past CRLF line ends and characters outside the BMP', () => {
  const text = [
    'locals {',
    '  name = "clé-🔑-${var.stage}"',
    '  doc  = <<EOT',
    '  {"Sid": "🔑🔑", "Effect": "Allow"}',
    'EOT',
    '  keys = { "ä" = 1, b = [1, 2] }',
    '}',
    '',
  ].join('\r\n')
  expect(compare(text)).toBeGreaterThan(40)
})
