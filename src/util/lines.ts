/**
 * A text and where its lines start: offsets to rows and columns. Line starts are found only as far into the
 * text as an offset has been asked for: most templates have their findings near the top (a key's deletion
 * policy), and a pass over a whole file of thousands of lines for one line number near the top cost more than
 * the rest of the finding.
 */
export class TextLines {
  private readonly starts: number[] = [0]
  /** Every line break before this offset is in `starts`. */
  private scanned = 0

  constructor(readonly text: string) {}

  /** Row and column, 0-based and in UTF-16 code units, of an offset into the text. */
  point(offset: number): { row: number; column: number } {
    if (offset > this.scanned) this.scanPast(offset)
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return { row: low, column: offset - starts[low] }
  }

  /** Records the line breaks before `offset` and the first one after it. */
  private scanPast(offset: number): void {
    const text = this.text
    let at = text.indexOf('\n', this.scanned)
    while (at >= 0 && at < offset) {
      this.starts.push(at + 1)
      at = text.indexOf('\n', at + 1)
    }
    if (at < 0) {
      this.scanned = Infinity
      return
    }
    this.starts.push(at + 1)
    this.scanned = at + 1
  }
}
