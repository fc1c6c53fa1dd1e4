#!/usr/bin/env node
import { fstatSync } from 'node:fs'
import { runCli } from './cli.js'
import { isScanWorker, serveScanWorker } from '../scan/parallel.js'
import { internalErrorLine } from '../util/internal-error.js'
import { writeChunksTo } from '../util/files.js'

/** Standard output is written in pieces of about a megabyte. */
const PIECE = 1 << 20

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
    await print(outcome.chunks())
    process.stderr.write(outcome.stderr)
    // Not process.exit(): the process ends once standard output has taken everything it was given.
    process.exitCode = outcome.exitCode
  } catch (error) {
    // A bug of ours outside any template: one line that says where, never a stack trace, and never exit 1 (findings).
    process.stderr.write(`cfn-kms-check: ${internalErrorLine(error)}\n`)
    process.exitCode = 3
  }
}

/**
 * Prints the report as it is made, waiting whenever standard output holds more than it can pass on (a pipe
 * read slowly): a 52 MB JSON report is never held whole, as one string or in the stream's buffer.
 */
async function print(chunks: Iterable<string>): Promise<void> {
  // Redirected to a file: written as --output writes, without the stream's copy of every piece.
  if (isFile(1)) return writeChunksTo(1, chunks)
  const out = process.stdout
  let pending = ''
  for (const chunk of chunks) {
    pending += chunk
    if (pending.length < PIECE) continue
    if (!out.write(pending)) await drained(out)
    pending = ''
    // The reader went away: the rest has nowhere to go.
    if (out.destroyed) return
  }
  out.write(pending)
}

/** Resolves when the stream can take more, or is closed (its reader went away). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })
}

/** Whether a file descriptor is a plain file (not a terminal, a pipe or a socket). */
function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile()
  } catch {
    return false
  }
}
