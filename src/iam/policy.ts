import { isObject } from '../util/object.js'
import { malformedAction, serviceWildcard } from './actions.js'
import { hasWildcard } from './glob.js'
import { perPattern } from './memo.js'

/**
 * An identity policy document in normal form: Statement always a list, Action/Resource always lists,
 * Effect exact. Strings are kept as written except that policy variables (in 2012-10-17 documents)
 * become fixed placeholder characters: a variable is one unknown value, never a wildcard.
 */

/** Stands, inside any string, for a value that cannot be known offline (an unresolved intrinsic). */
export const UNKNOWN = '\uE000'

type Effect = 'Allow' | 'Deny'

export interface Statement {
  /** Position in the document's Statement list, from 0. */
  index: number
  sid: string | null
  /** 'Unknown' when the Effect itself could not be resolved. */
  effect: Effect | 'Unknown'
  action: string[] | null
  notAction: string[] | null
  resource: string[] | null
  notResource: string[] | null
  /** Condition keys as `Operator:key`, empty when the statement has no Condition. */
  conditionKeys: string[]
}

export interface Policy {
  version: string | null
  statements: Statement[]
}

interface PolicyIssue {
  /** Statement index, or null for the document as a whole. */
  statement: number | null
  /** The element the issue is about, e.g. `Effect`, `Action`. */
  element: string | null
  level: 'error' | 'warning'
  message: string
}

export interface NormalizedPolicy {
  policy: Policy
  issues: PolicyIssue[]
  /** Placeholder character for each policy variable, to show resources as written. */
  variables: Map<string, string>
}

const VARIABLE_BASE = 0xe800

/**
 * IAM's escapes `${*}`, `${?}` and `${$}` are the literal characters, never wildcards. Each is kept as a
 * character of its own, which no real key ARN holds: a segment written with one names no key.
 */
const LITERALS: Record<string, string> = { '*': '\ue7fd', '?': '\ue7fe', $: '\ue7ff' }

export function holdsLiteralEscape(text: string): boolean {
  return /[\ue7fd-\ue7ff]/.test(text)
}

/**
 * Statements already normalised, by raw statement object. The variants of one document share every
 * statement no intrinsic changed (the resolver reuses those objects), so each is normalised once. A
 * statement with policy variables is never kept: its placeholders depend on the statements before it.
 */
export type StatementMemo = Map<object, { index: number; statement: Statement | null; issues: PolicyIssue[] }>

/** The statement written at this index of the document, unless normalising left it out as malformed. */
export function statementAt(policy: Policy, index: number): Statement | undefined {
  for (let i = 0; i < policy.statements.length; i++)
    if (policy.statements[i].index === index) return policy.statements[i]
  return undefined
}

/** Normalises a parsed policy document. Malformed statements are reported and left out. */
export function normalizePolicy(document: unknown, memo?: StatementMemo): NormalizedPolicy {
  const issues: PolicyIssue[] = []
  const variables = new Map<string, string>()
  const policy: Policy = { version: null, statements: [] }
  if (document === UNKNOWN) {
    policy.statements.push(unknownStatement(0))
    return { policy, issues, variables }
  }
  if (!isObject(document)) {
    issues.push({
      statement: null,
      element: null,
      level: 'error',
      message: `the policy document is ${describe(document)}, not an object`,
    })
    return { policy, issues, variables }
  }
  const version = document['Version']
  policy.version = typeof version === 'string' ? version : null
  const withVariables = policy.version === '2012-10-17'
  const rawStatements = document['Statement']
  if (rawStatements === undefined) return { policy, issues, variables }
  const list: unknown[] = Array.isArray(rawStatements) ? rawStatements : [rawStatements]
  for (let index = 0; index < list.length; index++) {
    const raw = list[index]
    const known = memo && isObject(raw) ? memo.get(raw) : undefined
    if (known && known.index === index) {
      issues.push(...known.issues)
      if (known.statement) policy.statements.push(known.statement)
      continue
    }
    const context: StatementContext = {
      index,
      issues: [],
      variables: withVariables ? variables : null,
      substituted: false,
    }
    const statement = normalizeStatement(raw, context)
    issues.push(...context.issues)
    if (statement) policy.statements.push(statement)
    if (memo && isObject(raw) && !context.substituted) memo.set(raw, { index, statement, issues: context.issues })
  }
  return { policy, issues, variables }
}

interface StatementContext {
  index: number
  /** This statement's issues. */
  issues: PolicyIssue[]
  /** The document's policy variables and their placeholders; null when it has none (Version before 2012-10-17). */
  variables: Map<string, string> | null
  /** Whether a policy variable was replaced in this statement. */
  substituted: boolean
}

function unknownStatement(index: number): Statement {
  return {
    index,
    sid: null,
    effect: 'Unknown',
    action: [UNKNOWN],
    notAction: null,
    resource: [UNKNOWN],
    notResource: null,
    conditionKeys: [],
  }
}

const ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const
type Element = (typeof ELEMENTS)[number]

function normalizeStatement(raw: unknown, context: StatementContext): Statement | null {
  const { index, issues, variables } = context
  if (raw === UNKNOWN) return unknownStatement(index)
  if (!isObject(raw)) {
    issues.push(issueOf(index, null, `statement is ${describe(raw)}, not an object; it is ignored`))
    return null
  }
  const effect = normalizeEffect(raw['Effect'], index, issues)
  if (effect === null) return null
  const elements: Record<Element, string[] | null> = {
    Action: null,
    NotAction: null,
    Resource: null,
    NotResource: null,
  }
  for (let e = 0; e < ELEMENTS.length; e++) {
    const name = ELEMENTS[e]
    const given = raw[name]
    if (given === undefined) continue
    const value = stringList(given)
    if (value === null) {
      issues.push(
        issueOf(
          index,
          name,
          `${name} is ${describe(given)}; it must be a string or a list of strings, so the statement is ignored`,
        ),
      )
      return null
    }
    const problems = name === 'Action' || name === 'NotAction' ? actionProblems : resourceProblems
    for (let i = 0; i < value.length; i++) {
      const problem = problems(value[i])
      if (problem) issues.push(issueOf(index, name, problem.message, problem.level))
    }
    const replaced = variables ? withPlaceholders(value, variables) : value
    if (replaced !== value) context.substituted = true
    elements[name] = replaced
  }
  if (
    !exactlyOne(elements, 'Action', 'NotAction', index, issues) ||
    !exactlyOne(elements, 'Resource', 'NotResource', index, issues)
  )
    return null
  const sid = raw['Sid']
  return {
    index,
    sid: typeof sid === 'string' ? sid : null,
    effect,
    action: elements.Action,
    notAction: elements.NotAction,
    resource: elements.Resource,
    notResource: elements.NotResource,
    conditionKeys: conditionKeys(raw['Condition']),
  }
}

function issueOf(
  statement: number,
  element: string | null,
  message: string,
  level: 'error' | 'warning' = 'error',
): PolicyIssue {
  return { statement, element, level, message }
}

function exactlyOne(
  elements: Record<Element, string[] | null>,
  one: Element,
  other: Element,
  index: number,
  issues: PolicyIssue[],
): boolean {
  const count = Number(elements[one] !== null) + Number(elements[other] !== null)
  if (count === 1) return true
  issues.push(
    issueOf(
      index,
      one,
      `a statement needs exactly one of ${one} and ${other} (it has ${count === 0 ? 'neither' : 'both'}); IAM rejects it, so it is ignored`,
    ),
  )
  return false
}

function normalizeEffect(value: unknown, index: number, issues: PolicyIssue[]): Effect | 'Unknown' | null {
  if (value === 'Allow' || value === 'Deny') return value
  if (typeof value === 'string' && value.includes(UNKNOWN)) return 'Unknown'
  const folded = typeof value === 'string' ? value.trim().toLowerCase() : null
  if (folded === 'allow' || folded === 'deny') {
    const exact = folded === 'allow' ? 'Allow' : 'Deny'
    issues.push(
      issueOf(
        index,
        'Effect',
        `Effect "${String(value)}" must be written exactly "${exact}"; IAM rejects it, judged here as ${exact}`,
      ),
    )
    return exact
  }
  issues.push(
    issueOf(index, 'Effect', `Effect is ${describe(value)}; it must be "Allow" or "Deny", so the statement is ignored`),
  )
  return null
}

type Problem = { message: string; level: 'error' | 'warning' } | null

/** What is wrong with a pattern depends on the pattern alone: each is judged once per run. */
const actionProblems = perPattern(actionProblem)
const resourceProblems = perPattern(resourceProblem)

function actionProblem(pattern: string): Problem {
  // A value not known offline (a parameter without a default) may be any action: not a malformed one.
  if (pattern.includes(UNKNOWN)) return null
  const malformed = malformedAction(pattern)
  if (malformed) return { message: `${malformed}; IAM rejects it`, level: 'error' }
  if (serviceWildcard(pattern)) {
    return {
      message: `action "${pattern}" has a wildcard in the service prefix, which IAM does not document; judged as matching every service it could`,
      level: 'error',
    }
  }
  return null
}

/** Resource patterns that look like KMS key ARNs but are not written the way IAM reads them. */
function resourceProblem(pattern: string): Problem {
  if (!/^arn:/i.test(pattern)) return null
  // The service segment alone decides for most ARNs (s3, dynamodb, ...): read it without splitting the rest.
  const second = pattern.indexOf(':', 4)
  const third = second < 0 ? -1 : pattern.indexOf(':', second + 1)
  const service = second < 0 ? '' : pattern.slice(second + 1, third < 0 ? undefined : third)
  if (hasWildcard(service)) {
    return {
      message: `resource "${pattern}" has a wildcard in the service segment, which IAM does not allow; judged as matching`,
      level: 'error',
    }
  }
  if (service.toLowerCase() !== 'kms') return null
  const parts = pattern.split(':')
  const empty = parts[3] === '' ? 'Region' : parts[4] === '' ? 'account' : null
  if (empty) {
    return {
      message: `resource "${pattern}" has an empty ${empty} segment; every KMS key has one, so this matches no key`,
      level: 'warning',
    }
  }
  if (parts.length < 6) {
    // `arn:aws:kms:*` is a deliberate short form; a resource type with segments missing before it is a slip.
    if (!parts.slice(3).some((p) => /^(key|alias)\//i.test(p))) return null
    return {
      message: `resource "${pattern}" has ${parts.length} of the 6 ARN segments; its trailing * stretches over the missing ones`,
      level: 'warning',
    }
  }
  const resource = parts.slice(5).join(':')
  if (/^key\//i.test(resource) && !resource.startsWith('key/')) {
    return {
      message: `resource "${pattern}": the resource type is case sensitive and must be "key/", so this matches no key`,
      level: 'warning',
    }
  }
  return null
}

function conditionKeys(condition: unknown): string[] {
  if (!isObject(condition)) return []
  const keys: string[] = []
  for (const [operator, block] of Object.entries(condition)) {
    if (isObject(block)) for (const key of Object.keys(block)) keys.push(`${operator}:${key}`)
    else keys.push(operator)
  }
  return keys
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') return [value]
  if (!Array.isArray(value)) return null
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return null
  return value as string[]
}

/** The list with policy variables as placeholders; the list itself when it has none (most lists). */
function withPlaceholders(list: string[], variables: Map<string, string>): string[] {
  return list.some((s) => s.includes('${')) ? list.map((s) => replaceVariables(s, variables)) : list
}

/**
 * `${*}`, `${?}` and `${$}` are escapes for the literal characters (a literal `*` is not a wildcard,
 * so it gets its own placeholder); any other `${...}` is one fixed value we cannot know.
 */
function replaceVariables(s: string, variables: Map<string, string>): string {
  if (!s.includes('${')) return s
  return s.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    let placeholder = variables.get(whole)
    if (placeholder === undefined && name in LITERALS) {
      placeholder = LITERALS[name]!
      variables.set(whole, placeholder)
    }
    if (placeholder === undefined) {
      placeholder = String.fromCharCode(VARIABLE_BASE + variables.size)
      variables.set(whole, placeholder)
    }
    return placeholder
  })
}

/**
 * A policy written as JSON text (CloudFormation's Json type allows it) parsed; text that is not JSON is
 * one unknown document, with the problem said unless an unresolved value made it so.
 */
export function parsePolicyText(value: unknown, element: string): { document: unknown; problem: string | null } {
  if (typeof value !== 'string' || value === UNKNOWN) return { document: value, problem: null }
  try {
    return { document: JSON.parse(value), problem: null }
  } catch (error) {
    return {
      document: UNKNOWN,
      problem: value.includes(UNKNOWN) ? null : `the ${element} text is not valid JSON (${(error as Error).message})`,
    }
  }
}

/** The Statement list of a raw document; a single statement object is a list of one. */
export function rawStatements(document: unknown): unknown[] {
  if (!isObject(document) || document['Statement'] === undefined) return []
  const statements = document['Statement']
  return Array.isArray(statements) ? statements : [statements]
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the string "${value}"`
  return `the ${typeof value} ${String(value)}`
}
