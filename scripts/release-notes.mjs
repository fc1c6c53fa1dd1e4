#!/usr/bin/env node
// Prints the CHANGELOG section of a version (default: package.json's), for the release workflow's notes.
// Exits 1 when the CHANGELOG has no section for it, so a release cannot go out without saying what changed.
import { readFileSync } from 'node:fs'

const root = new URL('..', import.meta.url)
const version = process.argv[2] ?? JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version
const changelog = readFileSync(new URL('CHANGELOG.md', root), 'utf8')
const sections = changelog.split(/^## /m).slice(1)
const section = sections.find((s) => s.split('\n', 1)[0].trim() === version)
if (!section) {
  process.stderr.write(`release-notes: CHANGELOG.md has no "## ${version}" section\n`)
  process.exit(1)
}
process.stdout.write(`${section.slice(section.indexOf('\n') + 1).trim()}\n`)
