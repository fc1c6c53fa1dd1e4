// The floor: read and parse every file with the scanner's own loader, and nothing else.
import { readFileSync } from 'node:fs'
import { discover } from '../../build/scan/discover.js'
import { loadDocument } from '../../build/cfn/load.js'

const root = process.argv[2]
const { files } = discover([root], { cwd: process.cwd() })
let parsed = 0
for (const file of files) {
  const result = loadDocument(readFileSync(file, 'utf8'), file)
  if (result.ok) parsed++
}
process.stdout.write(`${parsed}\n`)
