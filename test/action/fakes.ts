import type { AnnotationProperties } from '@actions/core'
import type { Clock, Runner } from '../../src/action/ports.js'

/**
 * The runner as the action sees it, recording what the action does. Its log reads like the runner's: info lines
 * as they are, annotations and messages as workflow commands (`::warning title=...,file=...::message`), with the
 * escaping `@actions/core` applies, so tests read the same as the bundle's end-to-end tests.
 */
export class FakeRunner implements Runner {
  readonly lines: string[] = []
  readonly outputs: Record<string, string> = {}
  summary = ''
  /** Whether the step failed (the runner would exit 1). */
  failed = false

  constructor(
    private readonly inputs: Record<string, string>,
    private readonly summaryFile = true,
  ) {}

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim()
  }

  info(message: string): void {
    this.lines.push(message)
  }

  warning(message: string, properties?: AnnotationProperties): void {
    this.lines.push(command('warning', message, properties))
  }

  error(message: string, properties?: AnnotationProperties): void {
    this.lines.push(command('error', message, properties))
  }

  notice(message: string, properties?: AnnotationProperties): void {
    this.lines.push(command('notice', message, properties))
  }

  setOutput(name: string, value: string | number): void {
    this.outputs[name] = String(value)
  }

  setFailed(message: string): void {
    this.failed = true
    this.error(message)
  }

  writeSummary(markdown: string): Promise<void> {
    if (!this.summaryFile)
      return Promise.reject(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.'))
    this.summary += markdown
    return Promise.resolve()
  }

  get stdout(): string {
    return this.lines.join('\n') + '\n'
  }
}

function command(name: string, message: string, properties: AnnotationProperties = {}): string {
  const named: [string, unknown][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
    ['col', properties.startColumn],
    ['endColumn', properties.endColumn],
  ]
  const given = named
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${name}${given.length > 0 ? ` ${given.join(',')}` : ''}::${escapeData(message)}`
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Time that passes only when the action waits (`sleep`) or a test moves it on (`advance`): retry pauses cost
 * nothing, and a deadline passes exactly when the test says the API has taken too long.
 */
export class FakeClock implements Clock {
  private time = 0
  readonly pauses: number[] = []
  private readonly deadlines: { at: number; controller: AbortController }[] = []

  now(): number {
    return this.time
  }

  sleep(ms: number): Promise<void> {
    this.pauses.push(ms)
    this.advance(ms)
    return Promise.resolve()
  }

  deadline(ms: number): AbortSignal {
    const controller = new AbortController()
    this.deadlines.push({ at: this.time + ms, controller })
    return controller.signal
  }

  advance(ms: number): void {
    this.time += ms
    for (const { at, controller } of this.deadlines) {
      if (at <= this.time && !controller.signal.aborted)
        controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))
    }
  }
}
