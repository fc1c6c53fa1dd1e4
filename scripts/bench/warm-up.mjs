// How the time per file falls as V8 compiles the hot code: the bare parse and the scan, each in a process of
// its own, take the files in the scan's own order and time every step of files. What the first steps take
// above the steady state (the median of the later steps) is the warm-up, a cost paid once per process.
// Usage: node scripts/bench/warm-up.mjs FOLDER [--step 20] [--steps 10]  (needs `npx tsc -p tsconfig.build.json`)
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import yaml from 'js-yaml'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    step: { type: 'string', default: '20' },
    steps: { type: 'string', default: '10' },
    mode: { type: 'string' },
  },
})
const folder = positionals[0]
if (!folder) throw new Error('usage: node scripts/bench/warm-up.mjs FOLDER [--step 20] [--steps 10]')
const step = Number(values.step)

if (values.mode) {
  // A child: time each step of files and print the milliseconds as JSON.
  const { discover } = await import('../../build/scan/discover.js')
  const { mixedOrder } = await import('../../build/scan/parallel.js')
  const { scanFile } = await import('../../build/scan/scan.js')
  const { files } = discover([folder], { cwd: process.cwd() })
  const ordered = mixedOrder(files.length).map((i) => files[i])
  const anyTag = ['scalar', 'sequence', 'mapping'].map(
    (kind) => new yaml.Type('!', { kind, multi: true, construct: (data) => data }),
  )
  const schema = yaml.DEFAULT_SCHEMA.extend(anyTag)
  const bare = (file) => {
    const text = readFileSync(path.resolve(file), 'utf8')
    try {
      if (file.endsWith('.json')) JSON.parse(text)
      else yaml.load(text, { schema })
    } catch {
      // A file that does not parse still cost its parse.
    }
  }
  const one = values.mode === 'bare' ? bare : (file) => scanFile(file, { cwd: process.cwd() })
  const times = []
  for (let from = 0; from < ordered.length; from += step) {
    const started = performance.now()
    for (let i = from; i < Math.min(from + step, ordered.length); i++) one(ordered[i])
    times.push(performance.now() - started)
  }
  process.stdout.write(JSON.stringify(times))
  process.exit(0)
}

const curve = (mode) => {
  const run = spawnSync(process.execPath, [process.argv[1], folder, '--step', String(step), '--mode', mode], {
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`the ${mode} run failed: ${run.stderr}`)
  return JSON.parse(run.stdout)
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const figures = Object.fromEntries(
  ['bare', 'scan'].map((mode) => {
    const times = curve(mode)
    // Whole steps only, from the second half of the run: V8 has compiled what it will by then.
    const whole = times.slice(0, Math.floor(times.length / 2) * 2)
    const steady = median(whole.slice(whole.length / 2))
    const total = times.reduce((a, b) => a + b, 0)
    // The last step may hold fewer files; noise in either direction evens out over the run.
    const warmUp = total - steady * times.length
    return [mode, { times, steady, warmUp, total }]
  }),
)
const rows = figures.bare.times.slice(0, Number(values.steps)).map((bare, i) => ({
  files: `${i * step + 1}-${(i + 1) * step}`,
  'bare parse ms': Math.round(bare),
  'scan ms': Math.round(figures.scan.times[i]),
}))
console.table(rows)
for (const mode of ['bare', 'scan']) {
  const { steady, warmUp, total } = figures[mode]
  const name = mode === 'bare' ? 'bare parse' : 'scan'
  console.log(
    `${name}: ${Math.round(total)} ms in all, ${steady.toFixed(1)} ms a step of ${step} files once warm, warm-up ${Math.round(warmUp)} ms above that`,
  )
}
const { bare, scan } = figures
console.log(
  `scan / bare parse: ${(scan.total / bare.total).toFixed(2)}x in all, ${(scan.steady / bare.steady).toFixed(2)}x once warm`,
)
