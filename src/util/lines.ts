/** A text and where its lines start (found when first asked): offsets to rows and columns. */
export class TextLines {
  private starts: number[] | null = null

  constructor(readonly text: string) {}

  /** Row and column, 0-based and in UTF-16 code units, of an offset into the text. */
  point(offset: number): { row: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return { row: low, column: offset - starts[low] }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}
