// Finishes the two bundles ncc writes (dist/ for the action, dist/cli/ for the CLI) for the HCL parser: its
// WebAssembly files are copied beside each bundle (src/terraform/hcl.ts looks there first), and one line of
// web-tree-sitter that ncc bundles wrongly is corrected. web-tree-sitter is imported only when a scan finds
// a .tf file, so ncc writes it to a chunk of its own (NNN.index.js) beside index.js.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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
  /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__\w+_require__)\.t\.bind\(\1, (\d+), 19\)\);/
for (const folder of ['dist', 'dist/cli']) {
  for (const [name, from] of Object.entries(files)) copyFileSync(from, `${folder}/${name}`)
  const bundles = readdirSync(folder).filter((name) => name.endsWith('.js'))
  const patched = bundles.filter((name) => {
    const text = readFileSync(`${folder}/${name}`, 'utf8')
    if (!BROKEN.test(text)) return false
    writeFileSync(`${folder}/${name}`, text.replace(BROKEN, 'const { createRequire } = $1($2);'))
    return true
  })
  if (patched.length !== 1)
    throw new Error(
      `${folder}: web-tree-sitter's import of "module" was found in ${patched.length} files, not 1; check the bundle`,
    )
}
