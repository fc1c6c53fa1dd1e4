import { ruleById, RULES } from '../checks/index.js'
import type { Rule } from '../checks/rule.js'
import type { Finding, ScanSummary } from '../findings.js'

/** The rule behind an id; an id the table does not know yet still renders, named by itself. */
export function ruleInfo(id: string): Rule {
  return (
    ruleById(id) ?? {
      id,
      name: id,
      summary: id,
      mapsTo: null,
      help: `See the finding's message and fix for ${id}.`,
      severity: 5,
      levels: {},
    }
  )
}

/** Rule ids in the order of RULES, then any others alphabetically, so reports list rules the same way every run. */
export function ruleOrder(ids: Iterable<string>): string[] {
  const known = RULES.map((rule) => rule.id)
  const rank = (id: string): number => (known.includes(id) ? known.indexOf(id) : known.length)
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
}

/** The title without its leading rule id, for places that show the id in a column of its own. */
export function titleText(finding: Finding): string {
  const prefix = `${finding.ruleId} `
  return finding.title.startsWith(prefix) ? finding.title.slice(prefix.length) : finding.title
}

/**
 * The module instances one statement stands in, the first few named: `10 module instances: module.a,
 * module.b, module.c, +7`. `name` writes each (as code in markdown); the root module, called by no one, has no name.
 */
export function instancesPhrase(instances: readonly string[], name: (instance: string) => string = (i) => i): string {
  const named = instances.slice(0, NAMED_INSTANCES).map((i) => (i === '' ? 'the root module' : name(i)))
  const more = instances.length > NAMED_INSTANCES ? [`+${instances.length - NAMED_INSTANCES}`] : []
  return `${instances.length} module instances: ${[...named, ...more].join(', ')}`
}

const NAMED_INSTANCES = 3

/** A relative `/`-separated path as a URI reference: each segment percent-encoded, separators kept. */
export function pathToUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

/** Files no parser could read that do not look like templates (tsconfig.json with comments, Helm charts): not errors. */
export function unparseablePhrase(count: number): string {
  return count === 1
    ? '1 file could not be parsed and does not look like a template'
    : `${count} files could not be parsed and do not look like templates`
}

/** `1 finding`, `2 findings`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`
}

/**
 * The files not checked as they should be, in the same words in every report: templates CloudFormation would
 * reject (with how many problems; the rest of each is still checked) and files that could not be read as templates.
 * Each file is counted once, however many problems it has; `summary.errors` counts the problems.
 */
export function notCheckedParts(s: ScanSummary): string[] {
  const problems = s.errors - s.unreadable
  return [
    ...(s.rejected > 0
      ? [`${plural(s.rejected, 'template')} CloudFormation would reject (${plural(problems, 'problem')})`]
      : []),
    ...(s.unreadable > 0
      ? [`${plural(s.unreadable, 'file')} could not be read as ${s.unreadable === 1 ? 'a template' : 'templates'}`]
      : []),
  ]
}

/** The same, short, for a headline: `1 rejected template and 2 files not read`. */
export function notCheckedPhrase(s: ScanSummary): string {
  return [
    ...(s.rejected > 0 ? [`${plural(s.rejected, 'rejected template')}`] : []),
    ...(s.unreadable > 0 ? [`${plural(s.unreadable, 'file')} not read`] : []),
  ].join(' and ')
}
