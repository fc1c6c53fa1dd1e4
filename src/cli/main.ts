#!/usr/bin/env node
import { runCli } from './cli.js'
import { isScanWorker, serveScanWorker } from '../scan/parallel.js'

// The bin entry: only this file touches the process, so runCli stays testable in-process.
// The same bundle runs the scan worker threads.
if (isScanWorker()) {
  serveScanWorker()
} else {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  const outcome = await runCli(
    process.argv.slice(2),
    process.cwd(),
    process.env,
    Boolean(process.stdout.isTTY),
    new URL(import.meta.url),
  )
  process.stdout.write(outcome.stdout)
  process.stderr.write(outcome.stderr)
  process.exitCode = outcome.exitCode
}
