// Smoke run over whole repositories (not part of CI): scans each folder with the built CLI, as a user would,
// and prints one table row per folder: files, templates, skipped, unparseable non-templates, errors by kind,
// findings by rule, time and peak memory. A crash (an exit status other than 0 under --fail-on never, or no
// JSON report) is a row of its own. With --errors, every error is listed under its kind, to be read.
// Usage: npm run build && node scripts/smoke/run.mjs [--errors] [--cli dist/cli/index.js] FOLDER...
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    errors: { type: 'boolean', default: false },
    cli: { type: 'string', default: 'dist/cli/index.js' },
  },
})
if (positionals.length === 0) {
  console.error('usage: node scripts/smoke/run.mjs [--errors] [--cli dist/cli/index.js] FOLDER...')
  process.exit(2)
}
const cli = path.resolve(values.cli)
// Reports the child's peak resident set size on stderr when it exits.
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss-kb:'+process.resourceUsage().maxRSS+'\\n'))`

/** Error kinds, first match wins; the words are those of the CLI's messages. */
const KINDS = [
  ['several documents', /reads only one document per file/],
  ['duplicate keys', /duplicate/i],
  ['unparseable template', /^(YAML|JSON): /],
  ['file not read', /^(file is|not a text file|cannot read the file)/],
  ['Resources missing, empty or not a mapping', /^(Resources |the template has no Resources)/],
  ['Fn::ForEach in Resources', /^resource Fn::ForEach::/],
  ['resource without a Type', /^resource .* (has no Type|must be a mapping with a Type)/],
  ['undefined condition', /which Conditions does not define/],
  ['internal error', /internal error/],
]
const kindOf = (message) => KINDS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other'

/** One folder scanned: the CLI's JSON report, or why there is none. */
function scanFolder(folder) {
  const start = process.hrtime.bigint()
  const child = spawnSync(
    process.execPath,
    ['--import', PEAK_RSS, cli, '.', '--format', 'json', '--fail-on', 'never'],
    { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30 },
  )
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const peak = /peak-rss-kb:(\d+)/.exec(child.stderr ?? '')
  const megabytes = peak ? Number(peak[1]) / 1024 : NaN
  const stderr = (child.stderr ?? '').replace(/\n?peak-rss-kb:\d+\n?/, '').trim()
  try {
    if (child.status !== 0) throw new Error(`exit ${child.status}`)
    return { report: JSON.parse(child.stdout), seconds, megabytes, stderr }
  } catch (error) {
    // The thrown error's own line (`TypeError: ...`), not the source line Node prints above it.
    const lines = stderr.split('\n')
    const reason = lines.find((line) => /^\w*Error\b/.test(line)) ?? lines[0]
    return { crash: `${error.message}, ${reason}`.replaceAll('|', '\\|'), seconds, megabytes }
  }
}

const counts = (items, key) => {
  const tally = new Map()
  for (const item of items) tally.set(key(item), (tally.get(key(item)) ?? 0) + 1)
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
const listed = (pairs) => (pairs.length === 0 ? '0' : pairs.map(([name, n]) => `${name} ${n}`).join(', '))

const rows = [
  '| repository | files | templates | skipped | unparseable non-templates | errors by kind | findings by rule | time | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |',
]
const details = []
for (const folder of positionals) {
  const name = path.basename(path.resolve(folder))
  const run = scanFolder(folder)
  const time = `${run.seconds.toFixed(2)} s`
  const memory = `${Math.round(run.megabytes)} MB`
  if (run.crash) {
    rows.push(`| ${name} | | | | | **CRASH** ${run.crash} | | ${time} | ${memory} |`)
    continue
  }
  const { summary, errors, findings } = run.report
  const unparseable = run.report.unparseable ?? []
  rows.push(
    `| ${name} | ${summary.files} | ${summary.templates} | ${summary.skipped} | ${unparseable.length} | ` +
      `${listed(counts(errors, (e) => kindOf(e.message)))} | ${listed(counts(findings, (f) => f.ruleId))} | ${time} | ${memory} |`,
  )
  if (values.errors) {
    details.push(`\n## ${name}`)
    for (const [kind] of counts(errors, (e) => kindOf(e.message))) {
      details.push(`\n### ${kind}`)
      for (const e of errors.filter((x) => kindOf(x.message) === kind))
        details.push(`- ${e.file}:${e.line}:${e.column} ${e.message}`)
    }
    if (unparseable.length > 0) details.push('\n### unparseable non-templates (not errors)')
    for (const e of unparseable) details.push(`- ${e.file}:${e.line}:${e.column} ${e.message}`)
    if (run.stderr) details.push(`\nstderr: ${run.stderr}`)
  }
}
console.log([...rows, ...details].join('\n'))
