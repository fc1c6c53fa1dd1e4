import { managedPolicyByArn, managedPolicyByName, type ManagedPolicy } from '../iam/managed.js'
import { parsePolicyText, rawStatements } from '../iam/policy.js'
import { isObject } from '../util/object.js'
import { PERMISSION_SET, refsIn, type Principal, type TemplateModel } from './extract.js'
import type { Path } from './load.js'
import { valueOf } from './markers.js'
import type { Choice, Resolver } from './resolve.js'

/** A policy document a principal has: inline, or a template policy attached to it. */
interface AttachedDocument {
  name: string
  /** The raw statements, as resolved in one possible world. */
  statements: unknown[]
}

/** An AWS managed policy attached to a principal, and where the template attaches it. */
export interface ManagedAttachment {
  policy: ManagedPolicy
  path: Path
}

/**
 * A permissions boundary: none, one whose statements are known (a template policy, or an AWS managed one),
 * or `unreadable` (a parameter, an import, another account's policy, an AWS managed policy without KMS
 * statements): it may let no KMS action through.
 */
type Boundary = null | AttachedDocument | 'unreadable'

/** Everything attached to a principal in one possible world of the template. */
export interface Attachments {
  choices: Choice[]
  unresolved: string[]
  documents: AttachedDocument[]
  managed: ManagedAttachment[]
  boundary: Boundary
}

/** A template policy that names the principal, or that the principal names in ManagedPolicyArns or PermissionsBoundary. */
interface LinkedPolicy {
  name: string
  document: unknown
  /** Attached through its own Roles/Users/Groups (or RoleName, ...), rather than by the principal's reference. */
  targets: boolean
}

const SAM_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'])
/** How template policies name a principal of each type: in a list, or in the single-principal policy type. */
const TARGETS: Record<string, { list: string; single: string; singleType: string }> = {
  'AWS::IAM::Role': { list: 'Roles', single: 'RoleName', singleType: 'AWS::IAM::RolePolicy' },
  'AWS::IAM::User': { list: 'Users', single: 'UserName', singleType: 'AWS::IAM::UserPolicy' },
  'AWS::IAM::Group': { list: 'Groups', single: 'GroupName', singleType: 'AWS::IAM::GroupPolicy' },
}

/**
 * What a principal has attached, in every possible world of the template that attaches an AWS managed
 * policy the table knows (empty when none does: only those are judged by KMS.Effective). Unknown ARNs
 * (another account, an import, a parameter) attach nothing, nor do a permission set's customer managed
 * policy references, whose policies live in the accounts it is assigned to.
 */
export function attachmentsOf(principal: Principal, model: TemplateModel, resolver: Resolver): Attachments[] {
  const sam = SAM_TYPES.has(principal.type)
  const permissionSet = principal.type === PERMISSION_SET
  const naming = sam ? 'Policies' : permissionSet ? 'ManagedPolicies' : 'ManagedPolicyArns'
  if (!(naming in principal.properties)) return []
  // Most principals attach nothing AWS managed that matters to KMS: settled on the names alone.
  const names = resolver.resolve(subTemplate(principal, pick(principal.properties, [naming]), new Map()), [])
  if (
    !names.variants.some((v) =>
      namedIn(propertiesIn(v.value, principal), naming).some((s) => managedPolicyNamed(s, sam)),
    )
  )
    return []

  // No template policy attaches to a permission set: IAM Identity Center makes its role in other accounts.
  const linked = permissionSet ? new Map<string, LinkedPolicy>() : linkedPolicies(principal, model)
  const inline = permissionSet ? 'InlinePolicy' : 'Policies'
  const everything = pick(principal.properties, [inline, naming, 'PermissionsBoundary'])
  const resolution = resolver.resolve(subTemplate(principal, everything, linked), [])
  const locate = entryLocator(principal, naming, resolver)
  return resolution.variants.map((variant) => {
    const properties = propertiesIn(variant.value, principal)
    const documents = permissionSet
      ? inlineDocument(properties['InlinePolicy'])
      : inlineDocuments(properties['Policies'], sam)
    const managed: ManagedAttachment[] = []
    for (const name of namedIn(properties, naming)) {
      const template = [...linked].find(([id, p]) => !p.targets && name === valueOf(id))
      if (template) documents.push(documentOf(template[1], resourceIn(variant.value, template[0])))
      const policy = managedPolicyNamed(name, sam)
      if (policy) managed.push({ policy, path: locate(name) })
    }
    for (const [id, p] of linked) if (p.targets) documents.push(documentOf(p, resourceIn(variant.value, id)))
    return {
      choices: variant.choices,
      unresolved: variant.unresolved,
      documents,
      managed,
      boundary: boundaryOf(
        permissionSet ? managedBoundary(properties['PermissionsBoundary']) : properties['PermissionsBoundary'],
        linked,
        variant.value,
      ),
    }
  })
}

function managedPolicyNamed(name: string, sam: boolean): ManagedPolicy | null {
  return sam && !name.startsWith('arn:') ? managedPolicyByName(name) : managedPolicyByArn(name)
}

/** The strings of a resolved ManagedPolicyArns list, or of a SAM Policies value (names, ARNs and Refs). */
function namedIn(properties: Record<string, unknown>, naming: string): string[] {
  const value = properties[naming]
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
}

function inlineDocuments(policies: unknown, sam: boolean): AttachedDocument[] {
  const items = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies]
  return items.flatMap((item, i) => {
    if (!isObject(item)) return []
    if (sam) return 'Statement' in item ? [{ name: `Policies[${i}]`, statements: rawStatements(item) }] : []
    const name = typeof item['PolicyName'] === 'string' ? item['PolicyName'] : `Policies[${i}]`
    return [{ name, statements: rawStatements(parsePolicyText(item['PolicyDocument'], 'PolicyDocument').document) }]
  })
}

/** A permission set's InlinePolicy: one document, a mapping or JSON text. */
function inlineDocument(policy: unknown): AttachedDocument[] {
  if (policy === undefined) return []
  return [{ name: 'InlinePolicy', statements: rawStatements(parsePolicyText(policy, 'InlinePolicy').document) }]
}

/**
 * A permission set's boundary as the ARN a role's would be: its ManagedPolicyArn. A CustomerManagedPolicyReference
 * names a policy in each account it is assigned to, which the template does not show: left as the object, unreadable.
 */
function managedBoundary(boundary: unknown): unknown {
  return isObject(boundary) && typeof boundary['ManagedPolicyArn'] === 'string'
    ? boundary['ManagedPolicyArn']
    : boundary
}

function documentOf(policy: LinkedPolicy, resolved: Record<string, unknown>): AttachedDocument {
  return {
    name: policy.name,
    statements: rawStatements(parsePolicyText(resolved['PolicyDocument'], 'PolicyDocument').document),
  }
}

function boundaryOf(value: unknown, linked: Map<string, LinkedPolicy>, root: unknown): Boundary {
  if (value === undefined) return null
  if (typeof value !== 'string') return 'unreadable'
  for (const [id, policy] of linked) if (value === valueOf(id)) return documentOf(policy, resourceIn(root, id))
  const managed = managedPolicyByArn(value)
  return managed ? { name: managed.id, statements: managed.statements.map((s) => s.statement) } : 'unreadable'
}

/**
 * Template policies tied to the principal: AWS::IAM::Policy and ManagedPolicy whose Roles/Users/Groups name it
 * (for SAM, the role it makes, `<Function>Role`), RolePolicy/UserPolicy/GroupPolicy whose RoleName/... does,
 * and managed policies the principal itself names by Ref.
 */
function linkedPolicies(principal: Principal, model: TemplateModel): Map<string, LinkedPolicy> {
  const resources = isObject(model.template['Resources']) ? model.template['Resources'] : {}
  const target = TARGETS[SAM_TYPES.has(principal.type) ? 'AWS::IAM::Role' : principal.type]
  const self = SAM_TYPES.has(principal.type) ? `${principal.logicalId}Role` : principal.logicalId
  const named = new Set<string>()
  refsIn(pick(principal.properties, ['ManagedPolicyArns', 'Policies', 'PermissionsBoundary']), named)
  const linked = new Map<string, LinkedPolicy>()
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || !isObject(resource['Properties']) || !('PolicyDocument' in resource['Properties']))
      continue
    const properties = resource['Properties']
    const type = resource['Type']
    const refs = new Set<string>()
    if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') refsIn(properties[target.list], refs)
    else if (type === target.singleType) refsIn(properties[target.single], refs)
    const targets = refs.has(self)
    if (!targets && !(type === 'AWS::IAM::ManagedPolicy' && named.has(id))) continue
    const name = properties['PolicyName'] ?? properties['ManagedPolicyName']
    linked.set(id, { name: typeof name === 'string' ? name : id, document: properties['PolicyDocument'], targets })
  }
  return linked
}

/**
 * A template of just the principal's attaching properties and the linked policies' documents, at their own
 * paths: one resolution decides every Fn::If and parameter for all of them alike.
 */
function subTemplate(
  principal: Principal,
  properties: Record<string, unknown>,
  linked: Map<string, LinkedPolicy>,
): Record<string, unknown> {
  const resources: Record<string, unknown> = { [principal.logicalId]: { Properties: properties } }
  for (const [id, policy] of linked) resources[id] = { Properties: { PolicyDocument: policy.document } }
  return { Resources: resources }
}

function resourceIn(root: unknown, logicalId: string): Record<string, unknown> {
  const resources = isObject(root) && isObject(root['Resources']) ? root['Resources'] : {}
  const resource = resources[logicalId]
  return isObject(resource) && isObject(resource['Properties']) ? resource['Properties'] : {}
}

function propertiesIn(root: unknown, principal: Principal): Record<string, unknown> {
  return resourceIn(root, principal.logicalId)
}

/**
 * Where the template writes a name or ARN that resolved to `name`: the list entry, or the Fn::If branch
 * inside it, whose possible values include it; the property itself when none does (e.g. Fn::Split).
 */
function entryLocator(principal: Principal, naming: string, resolver: Resolver): (name: string) => Path {
  const property: Path = ['Resources', principal.logicalId, 'Properties', naming]
  const leaves = leavesOf(principal.properties[naming], property).map((leaf) => ({
    path: leaf.path,
    values: resolver.resolve(leaf.node, leaf.path).variants.map((v) => v.value),
  }))
  return (name) => leaves.find((leaf) => leaf.values.includes(name))?.path ?? property
}

function leavesOf(node: unknown, path: Path): { node: unknown; path: Path }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => leavesOf(item, [...path, i]))
  const branches = isObject(node) ? node['Fn::If'] : undefined
  if (Array.isArray(branches) && branches.length === 3)
    return [1, 2].flatMap((b) => leavesOf(branches[b], [...path, 'Fn::If', b]))
  return [{ node, path }]
}

function pick(properties: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in properties).map((k) => [k, properties[k]]))
}
