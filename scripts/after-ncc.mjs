// Finishes the two bundles ncc writes (dist/ for the action, dist/cli/ for the CLI) for the HCL parser: its
// WebAssembly files are copied beside each bundle (src/terraform/hcl.ts looks there first), and one line of
// web-tree-sitter that ncc bundles wrongly is corrected. web-tree-sitter is imported only when a scan finds
// a .tf file, so ncc writes it to a chunk of its own (NNN.index.js) beside index.js. refa (regular expressions
// as automata, about 1 MB) is not bundled: src/cfn/allowed-pattern.ts requires it from beside the bundle the first
// time a pattern must be decided, so it is copied there as refa.cjs, with its licence added to licenses.txt.
import { appendFileSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const files = {
  'tree-sitter.wasm': require.resolve('web-tree-sitter/tree-sitter.wasm'),
  'tree-sitter-terraform.wasm': require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
  'refa.cjs': require.resolve('refa'),
}
const refaLicence = readFileSync(path.join(path.dirname(require.resolve('refa')), 'LICENSE'), 'utf8')
// web-tree-sitter runs `const { createRequire } = await import("module")`; ncc turns it into an interop
// namespace that holds only `default` (the module object is a function, whose properties it does not copy),
// so createRequire is undefined. Requiring the built-in directly gives the real module.
const BROKEN =
  /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__\w+_require__)\.t\.bind\(\1, (\d+), 19\)\);/
for (const folder of ['dist', 'dist/cli']) {
  for (const [name, from] of Object.entries(files)) copyFileSync(from, `${folder}/${name}`)
  appendFileSync(`${folder}/licenses.txt`, `\nrefa\nMIT\n${refaLicence}`)
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
    ) // ncc also copies the runtime's wasm under a hashed name (HASH.wasm, read as text: its bytes are mangled),
  // for a URL web-tree-sitter computes but never reads, since hcl.ts hands it the bytes. The URL is pointed
  // at the runtime copied above and the mangled copy removed (223 KB less in each bundle).
  const hashed = readdirSync(folder).filter((name) => /^[0-9a-f]{20}\.wasm$/.test(name))
  const pointed = bundles.filter((name) => {
    const text = readFileSync(`${folder}/${name}`, 'utf8')
    const named = text.replace(/(__\w+_require__\.p \+ )"[0-9a-f]{20}\.wasm"/g, '$1"tree-sitter.wasm"')
    if (named === text) return false
    writeFileSync(`${folder}/${name}`, named)
    return true
  })
  if (hashed.length !== 1 || pointed.length !== 1)
    throw new Error(
      `${folder}: expected one hashed .wasm copy and one bundle naming it, found ${hashed.length} and ${pointed.length}`,
    )
  rmSync(`${folder}/${hashed[0]}`)
  // Node decodes a module's source before compiling it; pure ASCII decodes to a one-byte string, faster than
  // the two-byte one that a single other character (an emoji in a report, an arrow in a comment) makes of
  // the whole bundle. Escaped as \uXXXX, the strings and comments hold the same characters.
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(`${folder}/${name}`, 'utf8')
    const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    if (ascii !== text) writeFileSync(`${folder}/${name}`, ascii)
  }
}

// The CLI runs its bundle as a script, so that V8 can be handed the code it compiled in an earlier run
// (src/cli/compile-cache.ts): ncc's ES module becomes the body of an async function, `bundle.js`, which the
// launcher (src/cli/launch.ts, built on its own into dist/cli-launch/) calls with `require`, its own URL and
// its own `import()`: a script's dynamic import loses its loader when V8 runs it from cached code, and the
// Terraform chunk is loaded that way. The launcher takes the bundle's place as index.js, the bin entry, with
// the bundle's hash in it.
const CLI = 'dist/cli'
const IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";'
const esm = readFileSync(`${CLI}/index.js`, 'utf8').replace(/^#!.*\n/, '')
const CHUNK_IMPORT = 'import("./" + __nccwpck_require__.u(chunkId))'
const imports = esm.match(/^import .*$/gm) ?? []
const dynamic = esm.match(/(?<![\w.$]|\/\* |\/\/ )import\(/g) ?? []
if (imports.length !== 1 || imports[0] !== IMPORT || /import\.meta(?!\.url)/.test(esm))
  throw new Error(`${CLI}/index.js: expected ncc's one import of "module" and only import.meta.url; check the bundle`)
if (dynamic.length !== 1 || !esm.includes(CHUNK_IMPORT))
  throw new Error(`${CLI}/index.js: expected one import(), ncc's loading of chunks; found ${dynamic.length}`)
const body = esm
  .replace(IMPORT, 'const __WEBPACK_EXTERNAL_createRequire = require("module").createRequire;')
  .replace(CHUNK_IMPORT, `__import${CHUNK_IMPORT.slice('import'.length)}`)
  .replaceAll('import.meta.url', '__bundleUrl')
const script = `(async function (require, __bundleUrl, __import) {\n"use strict";\n${body}\n})\n`
writeFileSync(`${CLI}/bundle.js`, script)
const launcher = readFileSync('dist/cli-launch/index.js', 'utf8')
const key = createHash('sha256').update(script).digest('hex').slice(0, 16)
const PLACEHOLDER = /(['"])BUNDLE-KEY\1/g
if (launcher.match(PLACEHOLDER)?.length !== 1)
  throw new Error('dist/cli-launch/index.js: expected the placeholder BUNDLE-KEY once; check src/cli/launch.ts')
writeFileSync(`${CLI}/index.js`, launcher.replace(PLACEHOLDER, `"${key}"`), { mode: 0o755 })
rmSync('dist/cli-launch', { recursive: true })
