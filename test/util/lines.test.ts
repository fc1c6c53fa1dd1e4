/**
 * Offsets to rows and columns (src/util/lines.ts), which every finding's line and column come from. Line starts
 * are found only as far as an offset has been asked for, so the answers must not depend on the order of the asks.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { loadDocument } from '../../src/cfn/load.js'
import { TextLines } from '../../src/util/lines.js'

/** Counted from scratch for each offset. */
function reference(text: string, offset: number): { row: number; column: number } {
  const before = text.slice(0, offset)
  const row = before.split('\n').length - 1
  return { row, column: offset - (before.lastIndexOf('\n') + 1) }
}

const piece = fc.constantFrom('a', 'bc', '\n', '\r\n', '\n\n', ' ', '\u00e9')

describe('TextLines', () => {
  it('gives the row and column of every offset, asked in any order', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 12 }), (pieces, picks) => {
        const text = pieces.join('')
        const lines = new TextLines(text)
        for (const pick of picks) {
          const offset = pick % (text.length + 1)
          expect(lines.point(offset)).toEqual(reference(text, offset))
        }
      }),
      { seed: 20_261_201, numRuns: 2000 },
    )
  })

  it('places a statement far down a file after a key near its top', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `  Topic${i}:\n    Type: AWS::SNS::Topic`).join('\n')
    const text = `Resources:\n  Key:\n    Type: AWS::KMS::Key\n${filler}\n  Last:\n    Type: AWS::SNS::Topic\n`
    const loaded = loadDocument(text, 'far.yaml')
    if (!loaded.ok) throw new Error('the template should load')
    const document = loaded.document
    expect(document.locate(['Resources', 'Key'], { key: true })).toMatchObject({ line: 2, column: 3 })
    expect(document.locate(['Resources', 'Last'], { key: true })).toMatchObject({ line: 404, column: 3 })
    expect(document.locate(['Resources', 'Topic0', 'Type'])).toMatchObject({ line: 5, column: 11 })
  })
})
