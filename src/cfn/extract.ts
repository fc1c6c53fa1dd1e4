import { isObject } from '../util/object.js'
import type { Path } from './load.js'

/** Where Security Hub would look: KMS.1 judges customer managed policies, KMS.2 inline ones. */
type PolicyKind = 'managed' | 'inline'

/**
 * A template node that holds identity policy documents, before intrinsics are resolved:
 * - `document`: the node is a PolicyDocument;
 * - `entry`: the node is one `{PolicyName, PolicyDocument}` of a Role/User/Group `Policies` list;
 * - `entries`: the node is a whole `Policies` value (written with an intrinsic, e.g. `Fn::If`);
 * - `sam`: a SAM `Policies` value: managed policy names, policy templates and inline documents.
 */
export interface PolicyHolder {
  kind: PolicyKind
  shape: 'document' | 'entry' | 'entries' | 'sam'
  resource: string
  resourceType: string
  node: unknown
  path: Path
  /** The name node (`PolicyName`, `ManagedPolicyName`) for shape `document`. */
  nameNode: unknown
  /** A managed policy used only as a permissions boundary grants nothing (decisions.md, row 63). */
  boundaryOnly: boolean
}

export interface KeyResource {
  logicalId: string
  type: 'AWS::KMS::Key' | 'AWS::KMS::ReplicaKey'
  path: Path
  resource: Record<string, unknown>
}

export interface TemplateModel {
  template: Record<string, unknown>
  holders: PolicyHolder[]
  keys: KeyResource[]
}

/**
 * A mapping with a format version, or whose `Resources` maps names to entries with a string `Type`
 * (one untyped entry does not make a template something else: it is reported as an error).
 */
export function isTemplate(data: unknown): data is Record<string, unknown> {
  if (!isObject(data)) return false
  if ('AWSTemplateFormatVersion' in data) return true
  const resources = data['Resources']
  return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof r['Type'] === 'string')
}

/** Structural errors CloudFormation would reject the template for, with the path to point at. */
export function structureProblems(template: Record<string, unknown>): { path: Path; key: boolean; message: string }[] {
  const resources = template['Resources']
  if (resources === undefined) return [{ path: [], key: false, message: 'the template has no Resources section' }]
  if (!isObject(resources))
    return [{ path: ['Resources'], key: true, message: 'Resources must be a mapping of logical ids to resources' }]
  const problems: { path: Path; key: boolean; message: string }[] = []
  for (const logicalId in resources) {
    const resource = resources[logicalId]
    if (!isObject(resource))
      problems.push({
        path: ['Resources', logicalId],
        key: true,
        message: `resource ${logicalId} must be a mapping with a Type`,
      })
    else if (typeof resource['Type'] !== 'string')
      problems.push({
        path: ['Resources', logicalId],
        key: true,
        message: `resource ${logicalId} has no Type (a string such as AWS::IAM::Role), so it is not checked`,
      })
  }
  return problems
}

const INLINE_DOCUMENT_TYPES = new Set([
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
])
const PRINCIPAL_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'])
const SAM_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'])

export function extract(template: Record<string, unknown>): TemplateModel {
  const resources = isObject(template['Resources']) ? template['Resources'] : {}
  const boundaryOnly = boundaryOnlyPolicies(resources)
  const holders: PolicyHolder[] = []
  const keys: KeyResource[] = []
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isObject(resource) || typeof resource['Type'] !== 'string') continue
    const type = resource['Type']
    const properties = isObject(resource['Properties']) ? resource['Properties'] : {}
    const base = ['Resources', logicalId, 'Properties']
    const holder = (
      kind: PolicyKind,
      shape: PolicyHolder['shape'],
      node: unknown,
      path: Path,
      nameNode: unknown = null,
    ): void => {
      holders.push({
        kind,
        shape,
        resource: logicalId,
        resourceType: type,
        node,
        path,
        nameNode,
        boundaryOnly: kind === 'managed' && boundaryOnly.has(logicalId),
      })
    }
    if (type === 'AWS::IAM::ManagedPolicy' && 'PolicyDocument' in properties) {
      holder(
        'managed',
        'document',
        properties['PolicyDocument'],
        [...base, 'PolicyDocument'],
        properties['ManagedPolicyName'] ?? logicalId,
      )
    } else if (INLINE_DOCUMENT_TYPES.has(type) && 'PolicyDocument' in properties) {
      holder(
        'inline',
        'document',
        properties['PolicyDocument'],
        [...base, 'PolicyDocument'],
        properties['PolicyName'] ?? null,
      )
    } else if (PRINCIPAL_TYPES.has(type) && 'Policies' in properties) {
      const policies = properties['Policies']
      if (Array.isArray(policies))
        policies.forEach((entry, i) => holder('inline', 'entry', entry, [...base, 'Policies', i]))
      else holder('inline', 'entries', policies, [...base, 'Policies'])
    } else if (SAM_TYPES.has(type) && 'Policies' in properties) {
      holder('inline', 'sam', properties['Policies'], [...base, 'Policies'])
    } else if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey') {
      keys.push({ logicalId, type, path: ['Resources', logicalId], resource })
    }
  }
  return { template, holders, keys }
}

/** One identity policy document found in a resolved holder, with its name and place in the holder. */
export interface FoundDocument {
  name: string | null
  document: unknown
  /** Distinguishes documents of one holder, e.g. the index in a `Policies` list. */
  key: string
}

/** The documents a resolved holder value contains. SAM managed policy names and policy templates grant nothing we judge. */
export function documentsIn(holder: PolicyHolder, value: unknown, name: string | null): FoundDocument[] {
  switch (holder.shape) {
    case 'document':
      return value === undefined ? [] : [{ name, document: value, key: '' }]
    case 'entry':
      return isObject(value) ? [entryDocument(value, String(holder.path[holder.path.length - 1]))] : []
    case 'entries':
      return (Array.isArray(value) ? value : []).filter(isObject).map((entry, i) => entryDocument(entry, String(i)))
    case 'sam': {
      const items = Array.isArray(value) ? value : [value]
      return items.flatMap((item, i) =>
        isObject(item) && 'Statement' in item ? [{ name: `Policies[${i}]`, document: item, key: String(i) }] : [],
      )
    }
  }
}

function entryDocument(entry: Record<string, unknown>, key: string): FoundDocument {
  const name = typeof entry['PolicyName'] === 'string' ? entry['PolicyName'] : null
  return { name, document: entry['PolicyDocument'], key }
}

/**
 * Managed policies that some Role or User names as PermissionsBoundary while nothing attaches them:
 * no ManagedPolicyArns (or SAM Policies) refers to them and their own Roles/Users/Groups are empty.
 */
function boundaryOnlyPolicies(resources: Record<string, unknown>): Set<string> {
  const boundaries = new Set<string>()
  const attached = new Set<string>()
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue
    const properties = isObject(resource['Properties']) ? resource['Properties'] : {}
    refsIn(properties['PermissionsBoundary'], boundaries)
    refsIn(properties['ManagedPolicyArns'], attached)
    if (SAM_TYPES.has(String(resource['Type']))) refsIn(properties['Policies'], attached)
    if (resource['Type'] === 'AWS::IAM::ManagedPolicy') {
      const targets = ['Roles', 'Users', 'Groups'].map((k) => properties[k])
      if (targets.some((t) => t !== undefined && !(Array.isArray(t) && t.length === 0))) attached.add(logicalId)
    }
  }
  return new Set([...boundaries].filter((b) => !attached.has(b)))
}

/**
 * Adds to `out` the logical ids a node refers to with `Ref` (in any branch of any intrinsic); each shared
 * node is read once. Most resources have none of the properties asked about: nothing is allocated for them.
 */
function refsIn(node: unknown, out: Set<string>, seen: Set<object> | null = null, depth = 0): void {
  if (depth > 50 || typeof node !== 'object' || node === null || seen?.has(node)) return
  seen ??= new Set()
  seen.add(node)
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out, seen, depth + 1))
  else {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'Ref' && typeof v === 'string') out.add(v)
      else refsIn(v, out, seen, depth + 1)
    }
  }
}
