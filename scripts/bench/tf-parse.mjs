// The floor for Terraform: read every .tf file under a folder and parse it with tree-sitter's HCL grammar
// (the parser the scan uses), nothing else.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Language, Parser } from 'web-tree-sitter'

const require = createRequire(import.meta.url)
await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm')) })
const parser = new Parser()
parser.setLanguage(
  await Language.load(
    readFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')),
  ),
)
const root = process.argv[2]
let parsed = 0
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.tf')) continue
  const tree = parser.parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
  if (tree && !tree.rootNode.hasError) parsed++
  tree?.delete()
}
process.stdout.write(`${parsed}\n`)
