// Where the scan's time goes, stage by stage: runs the built CLI under V8's sampling profiler (one profile
// per thread) and gives each sample to the innermost pipeline stage on its stack.
// Usage: node scripts/bench/profile.mjs FOLDER [--one-thread]
// By default the CLI bundle runs as users run it (worker threads); --one-thread scans on the main thread only,
// from the compiled sources in build/ (`npm run bench` compiles them).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'one-thread': { type: 'boolean', default: false }, detail: { type: 'string' } },
})
const folder = positionals[0]
if (!folder) throw new Error('usage: node scripts/bench/profile.mjs FOLDER [--one-thread]')

/** Stage by the functions that enter it; a sample counts for the innermost stage on its stack. */
const STAGES = {
  discover: ['discover'],
  parse: ['loadDocument', 'parseHcl'],
  // Terraform: reading the .tf files, and evaluating a module into the template the rules judge.
  read: ['scanFile', 'readFiles'],
  terraform: ['readTerraform'],
  deploy: ['asDeployed'],
  extract: ['extract', 'structureProblems'],
  resolve: ['resolve', 'worst'],
  normalise: ['normalizePolicy', 'parsePolicyText'],
  evaluate: ['judgeDecrypt', 'judgeFullAccess', 'evaluateDecrypt', 'evaluateFullAccess', 'evaluateEffective'],
  findings: ['runChecks'],
  suppress: ['templateSuppressions', 'applySuppressions', 'withFingerprints'],
  report: ['jsonChunks', 'renderJson', 'renderSarif', 'renderText', 'render', 'writeChunks', 'print'],
}
const stageOf = new Map(Object.entries(STAGES).flatMap(([stage, names]) => names.map((n) => [n, stage])))

const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-profile-'))
const output = path.join(dir, 'out.json')
// The report is written as the CLI writes it: in pieces, never joined into one string.
const oneThread = `
  import { scan } from ${JSON.stringify(path.resolve('build/scan/scan.js'))}
  import { jsonChunks } from ${JSON.stringify(path.resolve('build/report/json.js'))}
  import { writeChunks } from ${JSON.stringify(path.resolve('build/util/files.js'))}
  writeChunks(${JSON.stringify(output)}, jsonChunks(scan({ paths: [${JSON.stringify(folder)}], cwd: process.cwd() })))`
const command = values['one-thread']
  ? ['--input-type=module', '-e', oneThread]
  : [path.resolve('dist/cli/index.js'), folder, '--format', 'json', '--output', output, '--fail-on', 'never']
const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...command], { encoding: 'utf8' })
if (run.status !== 0) throw new Error(`the scan failed: ${run.stderr}`)

const totals = {}
/** With --detail STAGE: the functions that stage spends its own time in. */
const detail = new Map()
const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
for (const file of profiles) {
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  const parent = new Map()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const stageCache = new Map()
  const stageFor = (id) => {
    if (stageCache.has(id)) return stageCache.get(id)
    const node = byId.get(id)
    const name = node.callFrame.functionName
    const own = name === '(garbage collector)' ? 'gc' : name === '(idle)' ? 'idle' : stageOf.get(name)
    const stage = own ?? (parent.has(id) ? stageFor(parent.get(id)) : 'start-up and other')
    stageCache.set(id, stage)
    return stage
  }
  const thread = {}
  profile.samples.forEach((id, i) => {
    const stage = stageFor(id)
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    thread[stage] = (thread[stage] ?? 0) + ms
    if (stage === values.detail) {
      const { functionName, url, lineNumber } = byId.get(id).callFrame
      const where = `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1}`
      detail.set(where, (detail.get(where) ?? 0) + ms)
    }
  })
  for (const [stage, ms] of Object.entries(thread)) totals[stage] = (totals[stage] ?? 0) + ms
}
rmSync(dir, { recursive: true, force: true })
const busy = Object.entries(totals).filter(([stage]) => stage !== 'idle')
const sum = busy.reduce((n, [, ms]) => n + ms, 0)
console.log(`${profiles.length} thread(s), ${Math.round(sum)} ms busy in all (idle ${Math.round(totals.idle ?? 0)} ms)`)
console.table(
  Object.fromEntries(
    busy
      .sort((a, b) => b[1] - a[1])
      .map(([stage, ms]) => [stage, { ms: Math.round(ms), share: `${((ms / sum) * 100).toFixed(1)}%` }]),
  ),
)
if (values.detail) {
  const top = [...detail].sort((a, b) => b[1] - a[1]).slice(0, 25)
  console.log(`${values.detail}: where its own time goes`)
  for (const [where, ms] of top) console.log(`${String(Math.round(ms)).padStart(7)} ms  ${where}`)
}
