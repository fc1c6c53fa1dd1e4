import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import path from 'node:path'

/**
 * Reads files by their path relative to `root`, once each, for reports that quote a few lines of them;
 * null when a file cannot be read (it moved, or is not text we can show).
 */
export function textReader(root: string): (file: string) => string | null {
  const cache = new Map<string, string | null>()
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(path.resolve(root, file), 'utf8'))
      } catch {
        cache.set(file, null)
      }
    }
    return cache.get(file) ?? null
  }
}

/** Pieces of text written to a file as they come, a megabyte at a time. */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w')
  try {
    writeChunksTo(fd, chunks)
  } finally {
    closeSync(fd)
  }
}

/** Pieces of text written to an open file as they come, through one buffer used again for every write. */
export function writeChunksTo(fd: number, chunks: Iterable<string>): void {
  const buffer = Buffer.allocUnsafeSlow(WRITE_SIZE)
  for (const filled of encoded(chunks, () => buffer)) {
    // A write may take fewer bytes than it is given; the rest follows.
    for (let done = 0; done < filled.size;) done += writeSync(fd, filled.buffer, done, filled.size - done)
  }
}

/** A buffer's first `size` bytes, to be written. */
export interface Filled {
  buffer: Buffer
  size: number
}

/** Bytes written at a time. */
export const WRITE_SIZE = 1 << 20

/**
 * The pieces encoded as UTF-8 about a megabyte at a time, into buffers `spare` hands out: each buffer yielded must
 * be written before `spare` hands it out again. Buffers used again, where a fresh one for each write made the
 * system hand out memory page by page, saved half the page faults and about half a second of a scan whose report
 * is 52 MB. A piece larger than a buffer gets a buffer of its own size.
 */
export function* encoded(chunks: Iterable<string>, spare: () => Buffer): Generator<Filled> {
  let buffer = spare()
  let used = 0
  for (const chunk of chunks) {
    const size = Buffer.byteLength(chunk)
    if (used + size > buffer.length) {
      if (used > 0) {
        yield { buffer, size: used }
        buffer = spare()
        used = 0
      }
      if (size > buffer.length) buffer = Buffer.allocUnsafeSlow(size)
    }
    used += buffer.write(chunk, used)
  }
  if (used > 0) yield { buffer, size: used }
}
