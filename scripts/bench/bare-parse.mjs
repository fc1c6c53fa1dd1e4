// The honest floor: read every YAML and JSON file under a folder once and parse it, nothing else (no ignore
// rules, no BOM or duplicate-key handling, no positions). Any tag is accepted and kept as plain data.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'

const anyTag = ['scalar', 'sequence', 'mapping'].map(
  (kind) => new yaml.Type('!', { kind, multi: true, construct: (data) => data }),
)
const schema = yaml.DEFAULT_SCHEMA.extend(anyTag)
const root = process.argv[2]
let parsed = 0
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue
  const file = path.join(entry.parentPath, entry.name)
  if (!/\.(json|ya?ml|template)$/.test(file)) continue
  const text = readFileSync(file, 'utf8')
  try {
    if (file.endsWith('.json')) JSON.parse(text)
    else yaml.load(text, { schema })
    parsed++
  } catch {
    // A file of a real repository that does not parse still cost its parse.
  }
}
process.stdout.write(`${parsed}\n`)
