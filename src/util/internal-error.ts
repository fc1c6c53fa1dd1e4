/**
 * One line for a bug of ours met outside any template: what went wrong and the file and line of our code it
 * happened in (the first frame of its stack), never the stack itself.
 */
export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const frame = error instanceof Error ? /\(?((?:file:\/\/)?[^\s()]+:\d+):\d+\)?$/.exec(firstFrame(error)) : null
  const where = frame ? ` in ${frame[1].replace(/^file:\/\//, '')}` : ''
  return `internal error${where}, please report it: ${message.split('\n')[0]}`
}

function firstFrame(error: Error): string {
  return (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? ''
}
