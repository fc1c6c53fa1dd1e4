// The committed bundles (dist/) against the sources they are built from. `npm run build` ends with
// `node scripts/dist.mjs stamp`, which records a hash of both in dist/sources.json. `npm test` runs
// `node scripts/dist.mjs ensure` first, which rebuilds a stale dist/, and every test that runs a bundle
// refuses a stale one, so no test can pass on a bundle older than the sources (or edited by hand).
//   node scripts/dist.mjs clean    empty dist/ before a build, so no file of an older build lingers
//   node scripts/dist.mjs stamp    record the hashes of the sources and of the bundles
//   node scripts/dist.mjs check    exit 1, saying why, when dist/ is not what the sources build to
//   node scripts/dist.mjs ensure   rebuild dist/ when it is not
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const STAMP = 'dist/sources.json'
/** What the bundles are built from: the sources, the dependencies and the compiler settings. */
const SOURCES = ['src', 'package.json', 'package-lock.json', 'tsconfig.json']

/** The files under `entry` (or `entry` itself), relative to the root with `/` separators. */
function filesIn(entry) {
  const absolute = path.join(ROOT, entry)
  if (!existsSync(absolute)) return []
  if (!statSync(absolute).isDirectory()) return [entry]
  return readdirSync(absolute, { recursive: true })
    .map((name) => path.join(entry, name))
    .filter((file) => statSync(path.join(ROOT, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
}

function hashOf(files) {
  const hash = createHash('sha256')
  for (const file of [...files].sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(ROOT, file)))
      .update('\0')
  return hash.digest('hex')
}

function hashes() {
  return {
    sources: hashOf(SOURCES.flatMap(filesIn)),
    bundles: hashOf(filesIn('dist').filter((file) => file !== STAMP)),
  }
}

/** Why dist/ is not what the sources build to (as stamped by the last build), or null when it is. */
export function staleness() {
  if (!existsSync(path.join(ROOT, STAMP))) return `${STAMP} is missing`
  const stamped = JSON.parse(readFileSync(path.join(ROOT, STAMP), 'utf8'))
  const now = hashes()
  if (stamped.sources !== now.sources) return 'the sources changed since dist/ was built'
  if (stamped.bundles !== now.bundles) return 'dist/ changed after it was built'
  return null
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const command = process.argv[2]
  if (command === 'clean') {
    rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true })
  } else if (command === 'stamp') {
    writeFileSync(path.join(ROOT, STAMP), JSON.stringify(hashes(), null, 2) + '\n')
  } else if (command === 'check' || command === 'ensure') {
    const stale = staleness()
    if (stale && command === 'ensure') {
      console.error(`dist/ is stale (${stale}): rebuilding it for the tests that run it`)
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
      process.exit(build.status ?? 1)
    }
    if (stale) {
      console.error(`dist/ is stale (${stale}): run npm run build`)
      process.exit(1)
    }
  } else {
    console.error('usage: node scripts/dist.mjs clean|stamp|check|ensure')
    process.exit(2)
  }
}
