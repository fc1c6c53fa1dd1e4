// Compares our fast YAML reader (src/cfn/yaml-reader.ts) with js-yaml on every .yaml/.yml/.template file
// under the given folders: for each file the reader either gives up, or builds the same data (key order,
// -0, NaN and Infinity included) and reports the same nodes at the same offsets as js-yaml's listener.
// Prints how many files it read and how many it left to js-yaml, and every mismatch (exit 1 if any).
// Usage: npx tsc -p tsconfig.build.json && node scripts/bench/yaml-reader-check.mjs FOLDER... [--why]
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { readYaml } from '../../build/cfn/yaml-reader.js'
import { CFN_SCHEMA } from '../../build/cfn/yaml-schema.js'
import { compareReaders } from './yaml-reader-compare.mjs'

const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const counts = { read: 0, gaveUp: 0, jsYamlRefused: 0, mismatches: 0 }
for (const folder of folders) {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ya?ml|template)$/i.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    let text = readFileSync(file, 'utf8')
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    // load.ts reads these as JSON.
    if (/^\s*\{/.test(text)) continue
    const outcome = compareReaders(text, yaml, CFN_SCHEMA, readYaml)
    if (outcome === 'gave up') counts.gaveUp++
    else if (outcome === 'read') counts.read++
    else {
      counts.mismatches++
      process.stdout.write(`MISMATCH ${file}: ${outcome}\n`)
    }
  }
}
const files = counts.read + counts.gaveUp + counts.mismatches
const share = files ? ((100 * counts.read) / files).toFixed(1) : '0'
process.stdout.write(
  `${files} YAML files: the reader read ${counts.read} (${share}%), gave up on ${counts.gaveUp}, mismatches ${counts.mismatches}\n`,
)
process.exitCode = counts.mismatches > 0 ? 1 : 0
