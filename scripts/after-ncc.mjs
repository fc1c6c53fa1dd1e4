// Finishes the two bundles ncc writes (dist/index.js for the action, dist/cli/index.js for the CLI) for the
// HCL parser: its WebAssembly files are copied beside each bundle (src/terraform/hcl.ts looks there first),
// and one line of web-tree-sitter that ncc bundles wrongly is corrected.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const files = {
  'tree-sitter.wasm': require.resolve('web-tree-sitter/tree-sitter.wasm'),
  'tree-sitter-terraform.wasm': require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
}
// web-tree-sitter runs `const { createRequire } = await import("module")`; ncc turns it into an interop
// namespace that holds only `default` (the module object is a function, whose properties it does not copy),
// so createRequire is undefined. Requiring the built-in directly gives the real module.
const BROKEN =
  /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__nccwpck_require__\.t\.bind\(__nccwpck_require__, (\d+), 19\)\);/
for (const folder of ['dist', 'dist/cli']) {
  for (const [name, from] of Object.entries(files)) copyFileSync(from, `${folder}/${name}`)
  const bundle = `${folder}/index.js`
  const text = readFileSync(bundle, 'utf8')
  if (!BROKEN.test(text))
    throw new Error(`${bundle}: web-tree-sitter's import of "module" was not found; check the bundle`)
  writeFileSync(bundle, text.replace(BROKEN, 'const { createRequire } = __nccwpck_require__($1);'))
}
