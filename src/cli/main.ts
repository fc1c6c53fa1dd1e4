#!/usr/bin/env node
import { runCli } from './cli.js'
import { isScanWorker, serveScanWorker } from '../scan/parallel.js'
import { internalErrorLine } from '../util/internal-error.js'

// The bin entry: only this file touches the process, so runCli stays testable in-process.
// The same bundle runs the scan worker threads.
if (isScanWorker()) {
  serveScanWorker()
} else {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  try {
    const outcome = await runCli(
      process.argv.slice(2),
      process.cwd(),
      process.env,
      // A pipe or a file has no width: nothing is wrapped there.
      { isTty: Boolean(process.stdout.isTTY), columns: process.stdout.isTTY ? process.stdout.columns : 0 },
      new URL(import.meta.url),
    )
    process.stdout.write(outcome.stdout)
    process.stderr.write(outcome.stderr)
    process.exitCode = outcome.exitCode
  } catch (error) {
    // A bug of ours outside any template: one line that says where, never a stack trace, and never exit 1 (findings).
    process.stderr.write(`cfn-kms-check: ${internalErrorLine(error)}\n`)
    process.exitCode = 3
  }
}
