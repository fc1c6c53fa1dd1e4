import type { Position } from '../cfn/load.js'
import type { Finding, Level, Scope } from '../findings.js'
import type { CheckContext } from './context.js'
import { REPOSITORY, VERSION } from '../version.js'
import type { JudgedDocument } from './policies.js'

/**
 * A rule as reports, SARIF and the config file know it. Each rule module exports its own beside its
 * check; `checks/index.ts` lists them.
 */
export interface Rule<Outcome extends string = string> {
  id: string
  /** PascalCase, for SARIF's `name`. */
  name: string
  /** One sentence: what fails. */
  summary: string
  /** The control the rule follows, e.g. `Security Hub KMS.1`; null for a rule of our own. */
  mapsTo: string | null
  /** Why it matters and how to fix it. */
  help: string
  /**
   * 0 to 10, for SARIF's `security-severity`: what the rule's main finding means (7 and up is High). Null for a
   * rule about input that cannot be read as meant (a suppression, a policy's or a template's syntax): code
   * scanning shows those as warnings, not security alerts.
   */
  severity: number | null
  /**
   * Scopes whose findings mean less than the rule's main one, each with its own severity and meaning. Code
   * scanning reads the severity per rule, so SARIF lists each as a rule of its own, `<id>/<scope>` (the name
   * the config's `levels` use too).
   */
  scopes?: Readonly<Partial<Record<Scope, ScopeMeaning>>>
  /** The level of each outcome the rule reports, before the config's `levels` change it. */
  levels: Readonly<Record<Outcome, Level>>
}

/** What a finding at one scope means, when it means less than the rule's main finding. */
interface ScopeMeaning {
  /** PascalCase, as the rule's name. */
  name: string
  severity: number
  /** One sentence, as the rule's summary. */
  summary: string
}

/** A check over one template, and the rules whose findings it makes (KMS.1 and KMS.2 share one). */
export interface Check {
  rules: readonly Rule[]
  /** Identity policies come resolved and judged once, for every check. */
  run(context: CheckContext, documents: readonly JudgedDocument[]): Finding[]
}

/**
 * The page that documents a rule (docs/rules/<id>.md), at the tag of the version that runs, so the page
 * matches the behaviour. A scoped id such as `KMS.2/account-wide` links its rule's page. Every link to a
 * rule's documentation (annotations, comment, SARIF, text, --help) is made here.
 */
export function ruleDocsUrl(ruleId: string): string {
  const [id] = ruleId.split('/')
  return `${REPOSITORY}/blob/v${VERSION}/docs/rules/${encodeURIComponent(id)}.md`
}

/** A rule's help as SARIF shows it: the control it follows first. */
export function helpText(rule: Rule): string {
  return rule.mapsTo ? `${rule.mapsTo}: ${rule.help}` : rule.help
}

/** The variant of the template a finding holds in: Fn::If branches, parameter values, mapping entries. */
export type VariantFields = Pick<Finding, 'condition' | 'parameters' | 'mappings' | 'unresolved'>

/** What a check says about one finding; what it leaves out is empty in the finding. */
export interface FindingFields {
  file: string
  at: Position
  resource: string
  resourceType: string
  /** The title after the rule id. */
  title: string
  message: string
  fix: string
  scope?: Scope | null
  /** The element that opens the grant up (Resource, NotResource, Principal). */
  resourceAt?: { line: number; column: number } | null
  policy?: string | null
  statement?: number | null
  sid?: string | null
  actions?: string[]
  grants?: string[]
  witness?: string | null
  variant?: VariantFields
  conditionKeys?: string[]
  /** What the finding is about, for its fingerprint; the title when unset. */
  basis?: string
}

/** What a check says about a finding about one statement, whose place comes apart (`statementPlace`). */
export type StatementFindingFields = Partial<FindingFields> & Pick<FindingFields, 'title' | 'message' | 'fix'>

const NOWHERE: Partial<FindingFields> = {}

/**
 * The one way a finding is made. Its strings are copied whole (`detached`): a large scan keeps every finding
 * until the report is written, and none may keep a template's text alive, nor the pieces its sentences were
 * put together from. A finding about a statement takes the statement's place apart, `fields` winning over it:
 * spread into one object with the check's fields, it cost more than the rest of the finding (40,000 in the
 * worst case).
 */
export function newFinding(rule: Rule, level: Level, fields: FindingFields): Finding
export function newFinding(
  rule: Rule,
  level: Level,
  fields: StatementFindingFields,
  place: Omit<FindingFields, 'title' | 'message' | 'fix'>,
): Finding
export function newFinding(
  rule: Rule,
  level: Level,
  fields: StatementFindingFields,
  place: Partial<FindingFields> = NOWHERE,
): Finding {
  const at = (fields.at ?? place.at)!
  const variant = fields.variant ?? place.variant
  const resourceAt = fields.resourceAt ?? place.resourceAt
  const policy = fields.policy ?? place.policy
  const sid = fields.sid ?? place.sid
  return {
    ruleId: rule.id,
    level,
    scope: fields.scope ?? place.scope ?? null,
    file: (fields.file ?? place.file)!,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    resourceLine: resourceAt?.line ?? null,
    resourceColumn: resourceAt?.column ?? null,
    resource: (fields.resource ?? place.resource)!,
    resourceType: detached((fields.resourceType ?? place.resourceType)!),
    policy: policy == null ? null : detached(policy),
    statement: fields.statement ?? place.statement ?? null,
    sid: sid == null ? null : detached(sid),
    actions: (fields.actions ?? place.actions)?.map(detached) ?? [],
    grants: fields.grants ?? place.grants ?? [],
    witness: fields.witness ?? place.witness ?? null,
    condition: variant?.condition ?? null,
    parameters: variant?.parameters ?? {},
    mappings: variant?.mappings ?? [],
    conditionKeys: fields.conditionKeys ?? place.conditionKeys ?? [],
    unresolved: variant?.unresolved ?? [],
    title: detached(`${rule.id} ${fields.title}`),
    message: detached(fields.message),
    fix: detached(fields.fix),
    basis: fields.basis ?? place.basis,
  }
}

/**
 * A copy of a string that holds no other string. V8 makes a substring of 13 characters or more a view into its
 * whole source, and a string put together from pieces a tree of those pieces, copied into one only when it is
 * first read: a resource type or an action the YAML parser cut from a template would keep that template's text
 * alive for as long as the finding (about 40 MB on the 2,000 templates of the worst case), and a message a tree
 * of a dozen pieces. Joined to one character, the text is copied flat, and the cut that drops that character
 * views only the copy.
 */
function detached(text: string): string {
  return (' ' + text).slice(1)
}
