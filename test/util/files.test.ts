/**
 * Reports are written to a file piece by piece, encoded into one buffer that is used again for every write:
 * what lands in the file must be the pieces, byte for byte, whatever their sizes and characters.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeChunks, writeChunksTo } from '../../src/util/files.js'

const folder = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-files-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const MEGABYTE = 1 << 20

describe('writeChunks', () => {
  it('writes pieces of every size, characters of several bytes across every write, byte for byte', () => {
    // Pieces that end a write part-way through a character of two, three or four bytes, one piece larger than
    // the buffer, and empty pieces.
    const pieces = [
      'a'.repeat(MEGABYTE - 1),
      'é—😀',
      '',
      'ü'.repeat(MEGABYTE),
      '"key": "値"\n',
      '😀'.repeat(3 * MEGABYTE),
      '',
      'end\n',
    ]
    const file = path.join(folder, 'report.json')
    writeChunks(file, pieces)
    expect(readFileSync(file).equals(Buffer.from(pieces.join('')))).toBe(true)
  })

  it('replaces what the file held', () => {
    const file = path.join(folder, 'old.json')
    writeFileSync(file, 'x'.repeat(5000))
    writeChunks(file, ['{}', '\n'])
    expect(readFileSync(file, 'utf8')).toBe('{}\n')
  })

  it('writes an open file from where it stands, as a shell’s >> leaves it', () => {
    const file = path.join(folder, 'appended.txt')
    writeFileSync(file, 'before\n')
    const fd = openSync(file, 'a')
    try {
      writeChunksTo(fd, ['after', '\n'])
    } finally {
      closeSync(fd)
    }
    expect(readFileSync(file, 'utf8')).toBe('before\nafter\n')
  })
})
