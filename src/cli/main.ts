#!/usr/bin/env node
import { fstatSync } from 'node:fs'
import { EXIT, runCli, systemMessage } from './cli.js'
import { isScanWorker, serveScanWorker } from '../scan/parallel.js'
import { internalErrorLine } from '../util/internal-error.js'
import { encoded, WRITE_SIZE, writeChunksTo } from '../util/files.js'

// The bin entry: only this file touches the process, so runCli stays testable in-process.
// The same bundle runs the scan worker threads.
if (isScanWorker()) {
  serveScanWorker()
} else {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') cannotPrint(error)
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
    await print(outcome.chunks())
    process.stderr.write(outcome.stderr)
    // Not process.exit(): the process ends once standard output has taken everything it was given.
    process.exitCode = outcome.exitCode
  } catch (error) {
    // A bug of ours outside any template: one line that says where, never a stack trace, and never exit 1 (findings).
    process.stderr.write(`cfn-kms-check: ${internalErrorLine(error)}\n`)
    process.exitCode = EXIT.internal
  }
}

/**
 * Prints the report as it is made, into two buffers in turn: one is filled while standard output writes the
 * other, and a pipe read slowly sets the pace. A 52 MB JSON report is never held whole, as one string or in the
 * stream's buffer.
 */
async function print(chunks: Iterable<string>): Promise<void> {
  // Redirected to a file: written as --output writes.
  if (isFile(1)) {
    try {
      return writeChunksTo(1, chunks)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).syscall === 'write') cannotPrint(error)
      throw error
    }
  }
  const out = process.stdout
  const free: Buffer[] = [Buffer.allocUnsafeSlow(WRITE_SIZE), Buffer.allocUnsafeSlow(WRITE_SIZE)]
  let wake = (): void => {}
  out.once('close', () => wake())
  for (const { buffer, size } of encoded(chunks, () => free.pop() ?? Buffer.allocUnsafeSlow(WRITE_SIZE))) {
    out.write(buffer.subarray(0, size), () => {
      free.push(buffer)
      wake()
    })
    while (free.length === 0 && !out.destroyed) await new Promise<void>((resolve) => (wake = resolve))
    // The reader went away: the rest has nowhere to go.
    if (out.destroyed) return
  }
}

/** Whether a file descriptor is a plain file (not a terminal, a pipe or a socket). */
function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile()
  } catch {
    return false
  }
}

/** Standard output cannot take the report (a full disk, say): one line and exit 2, as for --output, never a stack trace. */
function cannotPrint(error: unknown): never {
  process.stderr.write(`cfn-kms-check: cannot write the report to standard output: ${systemMessage(error)}\n`)
  process.exit(EXIT.usage)
}
