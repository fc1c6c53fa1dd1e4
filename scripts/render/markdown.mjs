#!/usr/bin/env node
// Renders a markdown file (the pull request comment or the job summary) the way GitHub shows it, as a PNG:
// GitHub-flavoured markdown (tables, <details>, code blocks) to HTML with GitHub-like CSS, then a screenshot
// with headless Chromium (chromium-headless-shell). For looking at the output, not for tests.
//
//   node scripts/render/markdown.mjs IN.md OUT.png [--width 900] [--max-height 4000] [--open] [--job NAME]
//
// --open opens every <details> block, to see what a reader gets after clicking. --job NAME frames the page as
// the job summary of job NAME on the run's page (scripts/render/summary.mjs writes one) instead of a comment.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import MarkdownIt from 'markdown-it'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '900' },
    'max-height': { type: 'string', default: '4000' },
    open: { type: 'boolean', default: false },
    browser: { type: 'string', default: 'chromium-headless-shell' },
    job: { type: 'string' },
  },
})
const [input, output] = positionals
if (!input || !output?.endsWith('.png')) {
  console.error(
    'usage: node scripts/render/markdown.mjs IN.md OUT.png [--width 900] [--max-height 4000] [--open] [--job NAME]',
  )
  process.exit(2)
}

// GitHub passes raw HTML through (sanitized: <details>, <summary>, <sub>, comments), and links bare URLs.
const markdown = new MarkdownIt({ html: true, linkify: true })
let body = markdown.render(readFileSync(input, 'utf8'))
if (values.open) body = body.replaceAll('<details>', '<details open>')
// GitHub's alerts (> [!NOTE], > [!WARNING]) are not CommonMark: show them as GitHub does, titled and coloured.
body = body.replace(
  /<blockquote>\s*<p>\[!(NOTE|WARNING)\]\s*/g,
  (_, kind) => `<blockquote class="alert ${kind.toLowerCase()}"><p><b>${kind === 'NOTE' ? 'Note' : 'Warning'}</b><br>`,
)

const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.frame { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.header b { color: #1f2328; }
.markdown { padding: 16px; overflow-wrap: break-word; }
.markdown > *:first-child { margin-top: 0; }
h1, h2, h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h3 { font-size: 1.25em; } h4 { font-size: 1em; }
p, ul, ol, table, pre, details, blockquote { margin: 0 0 16px; }
ul, ol { padding-left: 2em; }
a { color: #0969da; text-decoration: none; }
code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 85%; white-space: pre; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
details summary { cursor: pointer; display: list-item; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; padding: 0 1em; }
blockquote.alert.note { border-left-color: #0969da; } blockquote.alert.note b { color: #0969da; }
blockquote.alert.warning { border-left-color: #9a6700; } blockquote.alert.warning b { color: #9a6700; }
hr { height: .25em; background: #d1d9e0; border: 0; margin: 24px 0; }
`
const title = path.basename(input)
const header = values.job
  ? `<b>${values.job.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</b> summary`
  : '<b>github-actions</b> bot commented'
const html = (script) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head>` +
  `<body><div class="frame"><div class="header">${header}</div>` +
  `<div class="markdown">${body}</div></div>${script}</body></html>`

// The page the browser shoots is scratch: it lives in a temporary folder, never beside the picture.
const scratch = mkdtempSync(path.join(tmpdir(), 'cfn-kms-render-'))
const page = path.join(scratch, 'page.html')
const browser = (args) =>
  execFileSync(values.browser, ['--no-sandbox', '--hide-scrollbars', '--disable-gpu', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    // --dump-dom prints the whole page: a job summary is up to 1 MB of markdown.
    maxBuffer: 256 * 1024 * 1024,
  })
const size = (height) => `--window-size=${values.width},${height}`

// First pass: let the page measure itself, then shoot it at that height (capped).
writeFileSync(page, html('<script>document.title = "height:" + document.documentElement.scrollHeight</script>'))
const measured = Number(/height:(\d+)/.exec(browser([size(600), '--dump-dom', page]))?.[1] ?? 2000)
const height = Math.min(measured, Number(values['max-height']))
writeFileSync(page, html(''))
browser([size(height), `--screenshot=${path.resolve(output)}`, page])
rmSync(scratch, { recursive: true, force: true })
console.log(`${output}: ${values.width}x${height} (page ${measured} px high)`)
