#!/usr/bin/env node
import { runCli } from './cli.js'

// The bin entry: only this file touches the process, so runCli stays testable in-process.
const outcome = runCli(process.argv.slice(2), process.cwd(), process.env, Boolean(process.stdout.isTTY))
process.stdout.write(outcome.stdout)
process.stderr.write(outcome.stderr)
process.exitCode = outcome.exitCode
