#!/usr/bin/env node
// The bin entry of the CLI bundle, built on its own: it runs the CLI (main.ts, built into bundle.js beside this
// file) as a script, so that V8 can be given the code it compiled for it in an earlier run (compile-cache.ts).
// Worker threads start here too, and read the same cache.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import { cacheFile, homeFolder, readCache, writeCache, type Host } from './compile-cache.js'

/** A hash of bundle.js, written here by scripts/after-ncc.mjs: a cache made for another build is never read. */
const BUNDLE_KEY = 'BUNDLE-KEY'

/** bundle.js is main.ts's bundle as the body of this function: `import.meta.url` and `import()` are these. */
type Bundle = (require: NodeJS.Require, url: string, load: (specifier: string) => Promise<unknown>) => Promise<void>

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bundle.js')
const host: Host = {
  env: process.env,
  platform: process.platform,
  home: homeFolder(),
  node: process.version,
  arch: process.arch,
  uid: process.getuid?.() ?? null,
}
const file = cacheFile(host, BUNDLE_KEY)
const cachedData = file ? readCache(file, host.uid) : undefined
let source: string
try {
  source = readFileSync(bundle, 'utf8')
} catch (error) {
  // An installation with a file missing: one line, as for any error of ours, never a stack trace.
  const reason = error instanceof Error ? error.message : String(error)
  process.stderr.write(`cfn-kms-check: cannot load ${bundle} (${reason}); reinstall cfn-kms-check\n`)
  process.exit(3)
}
const script = new vm.Script(source, { filename: bundle, cachedData })
// Written once a run has compiled what a scan uses; not after --help or --version, which compile almost nothing.
const informational = process.argv.some((arg) => /^(-h|--help|-v|--version)$/.test(arg))
if (file && (!cachedData || script.cachedDataRejected) && !informational)
  process.once('exit', (code) => {
    if (code !== 0 && code !== 1) return
    try {
      writeCache(file, script.createCachedData(), host.uid)
    } catch {
      // The cache is an optimisation only: a run that could not make one has still done its work.
    }
  })
// The Terraform reader is a chunk of its own beside the bundle, imported the first time a scan meets a .tf file.
const load = (specifier: string): Promise<unknown> =>
  import(/* webpackIgnore: true */ new URL(specifier, import.meta.url).href)
await (script.runInThisContext() as Bundle)(createRequire(bundle), import.meta.url, load)
