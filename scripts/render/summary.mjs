#!/usr/bin/env node
// Writes the job summary the action gives for a folder, to look at it (with markdown.mjs): runs the built
// action (dist/index.js) as the runner would on a push to the default branch, with action.yml's defaults
// and no token (so no API call), and copies what it wrote to GITHUB_STEP_SUMMARY to OUT.md.
//
//   node scripts/render/summary.mjs WORKSPACE OUT.md [--input name=value]...
//
// Links in the summary point at cfn-kms-check/cfn-kms-check at this checkout's HEAD.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import yaml from 'js-yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { input: { type: 'string', multiple: true, default: [] } },
})
const [workspace, output] = positionals
if (!workspace || !output?.endsWith('.md')) {
  console.error('usage: node scripts/render/summary.mjs WORKSPACE OUT.md [--input name=value]...')
  process.exit(2)
}

const action = yaml.load(readFileSync(path.join(root, 'action.yml'), 'utf8'))
const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']))
inputs['github-token'] = ''
for (const pair of values.input) {
  const [name, ...value] = pair.split('=')
  if (!(name in inputs)) throw new Error(`action.yml has no input ${name}`)
  inputs[name] = value.join('=')
}

const step = mkdtempSync(path.join(tmpdir(), 'cfn-kms-summary-'))
const files = { event: path.join(step, 'event.json'), summary: path.join(step, 'summary.md') }
writeFileSync(
  files.event,
  JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'cfn-kms-check/cfn-kms-check' } }),
)
writeFileSync(files.summary, '')
const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
const run = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], {
  cwd: workspace,
  encoding: 'utf8',
  env: {
    PATH: process.env.PATH,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'cfn-kms-check/cfn-kms-check',
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: path.resolve(workspace),
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: path.join(step, 'output'),
    RUNNER_TEMP: step,
  },
})
copyFileSync(files.summary, output)
rmSync(step, { recursive: true, force: true })
const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line)).length
console.log(
  `${output}: ${readFileSync(output).length} bytes; the step exited ${run.status}, ${annotations} annotations`,
)
