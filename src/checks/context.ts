import { PERMISSION_SET, resourceTypeOf, type TemplateModel } from '../cfn/extract.js'
import { locateInText, statementPathInText } from '../cfn/json-text.js'
import type { LoadedDocument, Path, Position } from '../cfn/load.js'
import type { Choice, Resolver } from '../cfn/resolve.js'
import type { Level, Scope } from '../findings.js'
import { statementAt, type Policy, type Statement } from '../iam/policy.js'
import { isObject } from '../util/object.js'
import { displayInPolicy, type DocumentVariant, type JudgedDocument } from './policies.js'
import type { FindingFields, Rule, VariantFields } from './rule.js'

/** The level of a rule's finding, per scope where the rule has scopes; `off` drops it. */
export type LevelOverrides = Readonly<Record<string, Level | 'off'>>

export interface CheckContext {
  file: string
  document: LoadedDocument
  model: TemplateModel
  resolver: Resolver
  /** Overrides by `rule`, `rule/scope` or `scope` (most specific wins). */
  levels: LevelOverrides
}

/**
 * The level of a finding of `rule` with `outcome` (at `scope`, when it has one): the config's, else the
 * rule's own; null when the config turns it off.
 */
export function levelFor<Outcome extends string>(
  levels: LevelOverrides,
  rule: Rule<Outcome>,
  outcome: Outcome,
  scope: Scope | null = null,
): Level | null {
  const level =
    (scope && levels[`${rule.id}/${scope}`]) || levels[rule.id] || (scope && levels[scope]) || rule.levels[outcome]
  return level === 'off' ? null : level
}

/** Where a finding about one statement of one document variant stands, and what it is about. */
export type StatementPlace = Required<
  Pick<
    FindingFields,
    | 'file'
    | 'at'
    | 'resourceAt'
    | 'resource'
    | 'resourceType'
    | 'policy'
    | 'statement'
    | 'sid'
    | 'actions'
    | 'variant'
    | 'conditionKeys'
    | 'basis'
  >
>

/** The place and identity of a finding about one statement (or the whole document) of one document variant. */
export function statementPlace(
  context: CheckContext,
  judged: JudgedDocument,
  variant: DocumentVariant,
  statementIndex: number | null,
  resourceElement: Path | null,
): StatementPlace {
  const path = statementIndex === null ? variant.documentPath : variant.statementPath(statementIndex)
  const at = locate(context, variant, path, statementIndex, null)
  const resourceAt = resourceElement ? locate(context, variant, path, statementIndex, resourceElement) : null
  const statement = statementIndex === null ? undefined : statementAt(variant.normalized.policy, statementIndex)
  return {
    file: context.file,
    at,
    resourceAt,
    resource: judged.holder.resource,
    resourceType: judged.holder.resourceType,
    policy: judged.name,
    statement: statementIndex,
    sid: statement?.sid ?? null,
    // As the report shows them: an action not known offline reads `<unresolved>`, a policy variable as written.
    actions: statement ? actionsAsWritten(statement).map((a) => displayInPolicy(variant, a)) : [],
    variant: (variant.findingFields ??= variantFields(variant)),
    conditionKeys: statement?.conditionKeys ?? [],
    basis: statement ? statementContent(statement) : '',
  }
}

/** The statement a grant came from: evaluation only sees statements normalising kept, so a miss is our bug. */
export function grantedStatement(policy: Policy, index: number): Statement {
  const statement = statementAt(policy, index)
  if (!statement) throw new Error(`no statement ${index} in the policy`)
  return statement
}

/**
 * Where a statement (at `path` in the template), or an element inside it, stands: inside the JSON text of a
 * document written as a string, else in the template. A finding is made for each statement that opens
 * decryption up (40,000 in the worst case): the statement's own path is located as it is, not copied.
 */
function locate(
  context: CheckContext,
  variant: DocumentVariant,
  path: Path,
  statementIndex: number | null,
  inner: Path | null,
): Position {
  const source = variant.documentSource
  if (source) {
    const inText =
      statementIndex === null ? [] : [...statementPathInText(source.text, statementIndex), ...(inner ?? [])]
    const at = locateInText(context.document, source, inText)
    if (at) return at
  }
  return context.document.locate(inner === null ? path : path.concat(inner))
}

/** A statement's content without its place in the list: moving or reordering statements keeps it. */
function statementContent(s: Statement): string {
  return JSON.stringify([s.sid, s.effect, s.action, s.notAction, s.resource, s.notResource, s.conditionKeys])
}

/**
 * The sentences that say which variant a finding holds in, and what it could not resolve. Most findings hold in
 * every variant and resolve everything: then nothing is put together for them (40,000 in the worst case).
 */
export function variantNotes(variant: VariantFields, verdict: 'fail' | 'unknown'): string[] {
  let chosen = variant.condition ?? ''
  for (const name in variant.parameters) chosen += `${chosen ? ', ' : ''}${name}=${variant.parameters[name]}`
  for (let i = 0; i < variant.mappings.length; i++) chosen += `${chosen ? ', ' : ''}${variant.mappings[i]}`
  const notes: string[] = []
  if (chosen) notes.push(`In the variant ${chosen}.`)
  if (verdict === 'unknown')
    notes.push(
      `It cannot be judged offline: it depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}.`,
    )
  return notes
}

/** The fields of a finding that say which possible world of the template it holds in. */
export function variantFields(variant: { choices: Choice[]; unresolved: string[] }): VariantFields {
  const said = new Set(variant.choices.flatMap((c) => (c.kind === 'condition' ? [c.name] : [])))
  // `!X=true` says nothing `X=false` beside it has not (Terraform's `count = !var.off ? 1 : 0` over `var.off ? ...`).
  const repeated = (name: string): boolean => {
    const negated = /^!\((.*)\)$|^!(.*)$/.exec(name)
    return negated !== null && said.has(negated[1] ?? negated[2])
  }
  const conditions = variant.choices.flatMap((c) =>
    c.kind === 'condition' && !repeated(c.name) ? [`${c.name}=${c.branch}`] : [],
  )
  return {
    condition: conditions.length > 0 ? conditions.join(', ') : null,
    parameters: Object.fromEntries(variant.choices.flatMap((c) => (c.kind === 'parameter' ? [[c.name, c.value]] : []))),
    mappings: variant.choices.flatMap((c) => (c.kind === 'mapping' ? [`${c.map}/${c.key}`] : [])),
    unresolved: variant.unresolved,
  }
}

export function actionsAsWritten(statement: Statement): string[] {
  return statement.action ?? (statement.notAction ?? []).map((a) => `NotAction ${a}`)
}

/** How a principal resource reads in a sentence: `Role AppRole`, `managed policy ReadKeys`. */
export function subject(judged: JudgedDocument): string {
  return named(judged.holder.resourceType, judged.holder.resource)
}

/** A resource as a sentence names it: `Role AppRole`, `Managed policy ReadKeys`, `SAM Function Api`. */
export function named(resourceType: string, logicalId: string): string {
  const type = resourceType.split('::').pop() ?? resourceType
  const noun =
    type === 'ManagedPolicy'
      ? 'Managed policy'
      : type === 'PermissionSet'
        ? 'Permission set'
        : type === 'Function' || type === 'StateMachine'
          ? `SAM ${type}`
          : type
  return `${noun} ${logicalId}`
}

/** Whether the actions as written are the granted ones, so naming them again says nothing. */
export function sameActions(written: string[], granted: string[]): boolean {
  return (
    written.length === granted.length && written.every((w) => granted.some((g) => g.toLowerCase() === w.toLowerCase()))
  )
}

/** A change written three ways: YAML short form, JSON, and the CDK idiom for a template CDK generated. */
export interface FixText {
  yaml: string
  json: string
  cdk: string
}

/**
 * The fix in the file's own syntax. A resource CDK made (`aws:cdk:path` metadata) is generated: a change
 * to cdk.out is lost on the next synth, so the fix names the construct and the CDK idiom instead.
 */
export function inFileSyntax(context: CheckContext, logicalId: string, fix: FixText): string {
  const construct = constructPath(context.model.template, logicalId)
  if (construct !== null)
    return `In the CDK app, construct ${construct}: ${fix.cdk} (cdk.out is generated: change the app and synthesize again)`
  return context.document.format === 'json' ? fix.json : fix.yaml
}

function constructPath(template: Record<string, unknown>, logicalId: string): string | null {
  const resources = template['Resources']
  const resource = isObject(resources) ? resources[logicalId] : undefined
  const metadata = isObject(resource) ? resource['Metadata'] : undefined
  const path = isObject(metadata) ? metadata['aws:cdk:path'] : undefined
  return typeof path === 'string' ? path.replace(/\/Resource$/, '') : null
}

/** The template's own key when it defines exactly one. */
export function onlyKey(model: TemplateModel): string | null {
  return model.keys.length === 1 ? model.keys[0].logicalId : null
}

/** A key ARN in the stack's own account and Region, for `Fn::Sub`. */
export const STACK_KEY_ARN = 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/<key-id>'

/**
 * A key ARN in the account a permission set's role is in: each account it is assigned to, never the stack's own
 * (IAM Identity Center's), so neither `AWS::AccountId` nor the template's key names it.
 */
export const ASSIGNED_KEY_ARN = 'arn:aws:kms:<region>:<account-id>:key/<key-id>'

/** Whether the resource is an IAM Identity Center permission set, whose policy is a role's in other accounts. */
export function isPermissionSet(context: CheckContext, logicalId: string): boolean {
  return resourceTypeOf(context.model.template, logicalId) === PERMISSION_SET
}

/**
 * The smallest change that names keys instead of all of them, in YAML and JSON, for the policy of resource
 * `logicalId`: the template's own key when it defines exactly one, else a key ARN in the stack's account and Region.
 */
export function keyResource(context: CheckContext, logicalId: string): { yaml: string; json: string } {
  if (isPermissionSet(context, logicalId))
    return { yaml: `Resource: "${ASSIGNED_KEY_ARN}"`, json: `"Resource": "${ASSIGNED_KEY_ARN}"` }
  const key = onlyKey(context.model)
  if (key !== null)
    return { yaml: `Resource: !GetAtt ${key}.Arn`, json: `"Resource": {"Fn::GetAtt": ["${key}", "Arn"]}` }
  return { yaml: `Resource: !Sub "${STACK_KEY_ARN}"`, json: `"Resource": {"Fn::Sub": "${STACK_KEY_ARN}"}` }
}
