import { isObject } from '../util/object.js'
import type { TemplateNote } from './deployed.js'
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
  /** A managed policy used only as a permissions boundary grants nothing (docs/rules/KMS.1.md). */
  boundaryOnly: boolean
  /**
   * For a document SAM writes itself (the KMSDecryptPolicy template, an event source's secret key): the
   * property at `path` whose key id it grants. Null for documents written in the template.
   */
  keyProperty: 'KeyId' | 'SecretsManagerKmsKeyId' | null
  /** The Condition of the resource: it exists only where that condition holds. */
  condition: string | null
}

export interface KeyResource {
  logicalId: string
  type: 'AWS::KMS::Key' | 'AWS::KMS::ReplicaKey'
  path: Path
  resource: Record<string, unknown>
}

/**
 * An IAM principal the template makes: a Role, User or Group, the role SAM makes for a Function or StateMachine,
 * or an IAM Identity Center permission set (the role it makes in each account it is assigned to).
 */
export interface Principal {
  logicalId: string
  type: string
  properties: Record<string, unknown>
}

export interface TemplateModel {
  template: Record<string, unknown>
  holders: PolicyHolder[]
  keys: KeyResource[]
  /** What is not judged as it looks: types that are not AWS types, SAM Policies beside a Role. */
  notes: TemplateNote[]
  principals: Principal[]
}

/**
 * A mapping with CloudFormation's format version, or whose `Resources` maps names to entries with a string
 * `Type` (one untyped entry does not make a template something else: it is reported as an error). Another
 * format version without resources is another tool's file that borrows the key (org-formation's organization,
 * `2010-09-09-OC`), not a template CloudFormation would reject.
 */
export function isTemplate(data: unknown): data is Record<string, unknown> {
  if (!isObject(data)) return false
  const version = data['AWSTemplateFormatVersion']
  if (version === '2010-09-09') return true
  const resources = data['Resources']
  if (version !== undefined && resources !== undefined) return true
  return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof r['Type'] === 'string')
}

/** The Type of a resource of the template, or '' when it has none (or no such resource). */
export function resourceTypeOf(template: Record<string, unknown>, logicalId: string | undefined): string {
  const resources = template['Resources']
  const resource = logicalId && isObject(resources) ? resources[logicalId] : undefined
  return isObject(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : ''
}

/**
 * For text no parser could read: whether it shows it is meant as a template. A format version, or a
 * `Resources` key (at the start of a line, as a template's top level stands, or quoted as in JSON) beside
 * a resource type such as `AWS::S3::Bucket` or the `AWS::Serverless` transform. tsconfig.json with comments,
 * Helm charts, Visual Studio `.template` files and the like show neither.
 */
export function looksLikeTemplate(text: string): boolean {
  if (text.includes('AWSTemplateFormatVersion')) return true
  const resources = /^Resources[ \t]*:/m.test(text) || /"Resources"\s*:/.test(text)
  return resources && /\bAWS::(?:[A-Za-z0-9]+::[A-Za-z0-9]+|Serverless)/.test(text)
}

/** Jinja statements (`{% for %}`, `{%- if %}`) or cookiecutter's variables: text that renders into a template. */
const JINJA = /\{%-?\s*(?:if|elif|else|endif|for|endfor|set|raw|include|macro)\b|\{\{\s*cookiecutter\./

/** A build script's placeholder (`%SOLUTION_NAME%`, `%TEMPLATE_BUCKET_NAME%`), as AWS Solutions' templates hold. */
const PLACEHOLDER = /%[A-Z][A-Z0-9_]*%/

/**
 * Why text that does not parse at `line` is a template for a template, not one CloudFormation reads as written:
 * Jinja or cookiecutter (`sam init`), which renders into a template, or a build placeholder on that line, which a
 * build script replaces. Null for any other text.
 */
export function unrendered(text: string, line: number): string | null {
  if (JINJA.test(text)) return 'a Jinja template, not judged until rendered'
  const placeholder = PLACEHOLDER.exec(text.split('\n')[line - 1] ?? '')?.[0]
  return placeholder ? `${placeholder} is a build placeholder, not judged until the build replaces it` : null
}

/** Structural errors CloudFormation would reject the template for, with the path to point at. */
export function structureProblems(template: Record<string, unknown>): { path: Path; key: boolean; message: string }[] {
  const resources = template['Resources']
  if (resources === undefined) return [{ path: [], key: false, message: 'the template has no Resources section' }]
  if (!isObject(resources))
    return [{ path: ['Resources'], key: true, message: 'Resources must be a mapping of logical ids to resources' }]
  if (Object.keys(resources).length === 0)
    return [
      { path: ['Resources'], key: true, message: 'Resources is empty; CloudFormation needs at least one resource' },
    ]
  const problems: { path: Path; key: boolean; message: string }[] = []
  for (const logicalId in resources) {
    const resource = resources[logicalId]
    if (!isObject(resource))
      problems.push({
        path: ['Resources', logicalId],
        key: true,
        message: logicalId.startsWith('Fn::ForEach::')
          ? `${logicalId} is expanded only by the AWS::LanguageExtensions transform, which the template does not declare (Transform: AWS::LanguageExtensions)`
          : `resource ${logicalId} must be a mapping with a Type`,
      })
    else if (resource['Type'] === undefined || resource['Type'] === null)
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
/** IAM Identity Center makes a role of it, with its InlinePolicy and ManagedPolicies, in each account it is assigned. */
export const PERMISSION_SET = 'AWS::SSO::PermissionSet'
const SAM_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'])

export function extract(template: Record<string, unknown>): TemplateModel {
  const resources = isObject(template['Resources']) ? template['Resources'] : {}
  const boundaryOnly = boundaryOnlyPolicies(resources)
  const holders: PolicyHolder[] = []
  const keys: KeyResource[] = []
  const notes: TemplateNote[] = []
  const principals: Principal[] = []
  // for ... in rather than Object.entries: no list of pairs, and half the code for V8 to compile (it is hot).
  for (const logicalId in resources) {
    const resource = resources[logicalId]
    if (!isObject(resource)) continue
    const type = resource['Type']
    const other = otherType(type)
    if (other) notes.push({ path: ['Resources', logicalId, 'Type'], level: 'note', message: `${logicalId}: ${other}` })
    if (typeof type !== 'string') continue
    const properties = propertiesOf(resource)
    // With a Role of its own, SAM makes no role for a Function or StateMachine.
    if (
      PRINCIPAL_TYPES.has(type) ||
      type === PERMISSION_SET ||
      (SAM_TYPES.has(type) && !hasOwnRole(properties['Role']))
    )
      principals.push({ logicalId, type, properties })
    const base = ['Resources', logicalId, 'Properties']
    const holder = (
      kind: PolicyKind,
      shape: PolicyHolder['shape'],
      node: unknown,
      path: Path,
      nameNode: unknown = null,
      keyProperty: PolicyHolder['keyProperty'] = null,
    ): void => {
      const condition = typeof resource['Condition'] === 'string' ? resource['Condition'] : null
      holders.push({
        kind,
        shape,
        resource: logicalId,
        resourceType: type,
        node,
        path,
        nameNode,
        boundaryOnly: kind === 'managed' && boundaryOnly.has(logicalId),
        keyProperty,
        condition,
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
    } else if (type === PERMISSION_SET && 'InlinePolicy' in properties) {
      holder('inline', 'document', properties['InlinePolicy'], [...base, 'InlinePolicy'])
    } else if (PRINCIPAL_TYPES.has(type) && 'Policies' in properties) {
      const policies = properties['Policies']
      if (Array.isArray(policies))
        policies.forEach((entry, i) => holder('inline', 'entry', entry, [...base, 'Policies', i]))
      else holder('inline', 'entries', policies, [...base, 'Policies'])
    } else if (SAM_TYPES.has(type)) {
      const generated = samGenerated(type, properties, base)
      if (hasOwnRole(properties['Role'])) {
        if ('Policies' in properties || generated.length > 0)
          notes.push({
            path: [...base, 'Role'],
            key: true,
            level: 'note',
            message: `SAM creates no role for ${logicalId} because Role is set, so its Policies (and event-source permissions) grant nothing and are not judged`,
          })
        continue
      }
      if ('Policies' in properties) holder('inline', 'sam', properties['Policies'], [...base, 'Policies'])
      for (const g of generated) holder('inline', 'document', g.document, g.path, g.name, g.keyProperty)
    } else if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey') {
      keys.push({ logicalId, type, path: ['Resources', logicalId], resource })
    }
  }
  return { template, holders, keys, notes, principals }
}

/** Why a resource's Type is not judged, for a type that is not an AWS type (null for any other). */
function otherType(type: unknown): string | null {
  if (type === undefined || type === null) return null
  if (typeof type === 'string') {
    return type.endsWith('::MODULE')
      ? `${type} is a CloudFormation module: the resources it makes are not in this template, so they are not judged`
      : null
  }
  const tag = isObject(type) && Object.keys(type).length === 1 ? Object.keys(type)[0] : null
  const written = tag?.startsWith('Fn::') ? `!${tag.slice(4)}` : 'a Type that is not a string'
  return `${written} is not an AWS resource type (a module or macro of another tool, such as Rain, expands it before deployment); this resource is not judged, the rest of the template is`
}

/** SAM's own Role beside Policies means no role is made; an `Fn::If` with a no-value branch makes one in that variant. */
function hasOwnRole(role: unknown): boolean {
  if (role === undefined || role === null) return false
  const branches = isObject(role) ? role['Fn::If'] : undefined
  return !(Array.isArray(branches) && branches.some((b) => isObject(b) && b['Ref'] === 'AWS::NoValue'))
}

/** The key ARN SAM's KMSDecryptPolicy template and the secret-key event sources grant kms:Decrypt on. */
const SAM_KEY_ARN = 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/'

/** Event sources whose SecretsManagerKmsKeyId SAM grants kms:Decrypt on, by the policy name it gives them. */
const SECRET_KEY_EVENTS: Record<string, (event: string, properties: Record<string, unknown>) => string> = {
  MQ: (event, properties) =>
    properties['DynamicPolicyName'] === true ? `${event}AMQPolicy` : 'SamAutoGeneratedAMQPolicy',
  SelfManagedKafka: () => 'SelfManagedKafkaExecutionRolePolicy',
  DocumentDB: () => 'SamAutoGeneratedDocumentDBPolicy',
}

interface GeneratedDocument {
  document: Record<string, unknown>
  path: Path
  name: string
  keyProperty: 'KeyId' | 'SecretsManagerKmsKeyId'
}

/**
 * The KMS statements SAM writes into the role it makes: `KMSDecryptPolicy: {KeyId: X}` in Policies, and
 * the MQ, SelfManagedKafka and DocumentDB event sources' SecretsManagerKmsKeyId (SAM pastes that string
 * into its Fn::Sub). Each document stands at the property that names the key.
 */
function samGenerated(type: string, properties: Record<string, unknown>, base: Path): GeneratedDocument[] {
  const out: GeneratedDocument[] = []
  const policies = properties['Policies']
  const items = Array.isArray(policies) ? policies : [policies]
  items.forEach((item, i) => {
    const template = isObject(item) ? item['KMSDecryptPolicy'] : undefined
    if (!isObject(template) || template['KeyId'] === undefined) return
    const at = Array.isArray(policies) ? [...base, 'Policies', i] : [...base, 'Policies']
    out.push({
      document: decryptDocument({ 'Fn::Sub': [`${SAM_KEY_ARN}\${keyId}`, { keyId: template['KeyId'] }] }),
      path: [...at, 'KMSDecryptPolicy', 'KeyId'],
      name: `Policies[${i}] (KMSDecryptPolicy)`,
      keyProperty: 'KeyId',
    })
  })
  const events = type === 'AWS::Serverless::Function' ? properties['Events'] : undefined
  for (const [event, source] of Object.entries(isObject(events) ? events : {})) {
    const policyName =
      isObject(source) && typeof source['Type'] === 'string' ? SECRET_KEY_EVENTS[source['Type']] : undefined
    const settings = isObject(source) && isObject(source['Properties']) ? source['Properties'] : {}
    const keyId = settings['SecretsManagerKmsKeyId']
    // SAM refuses anything but a string here, so nothing else is deployed.
    if (!policyName || typeof keyId !== 'string') continue
    out.push({
      document: decryptDocument({ 'Fn::Sub': SAM_KEY_ARN + keyId }),
      path: [...base, 'Events', event, 'Properties', 'SecretsManagerKmsKeyId'],
      name: policyName(event, settings),
      keyProperty: 'SecretsManagerKmsKeyId',
    })
  }
  return out
}

function decryptDocument(resource: unknown): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: resource }] }
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
  for (const logicalId in resources) refsIn(propertiesOf(resources[logicalId])['PermissionsBoundary'], boundaries)
  // Nearly every template names no boundary: what is attached is not looked for.
  if (boundaries.size === 0) return boundaries
  const attached = new Set<string>()
  for (const logicalId in resources) {
    const resource = resources[logicalId]
    if (!isObject(resource)) continue
    const properties = propertiesOf(resource)
    refsIn(properties['ManagedPolicyArns'], attached)
    if (SAM_TYPES.has(String(resource['Type']))) refsIn(properties['Policies'], attached)
    if (resource['Type'] === 'AWS::IAM::ManagedPolicy') {
      const targets = ['Roles', 'Users', 'Groups'].map((k) => properties[k])
      if (targets.some((t) => t !== undefined && !(Array.isArray(t) && t.length === 0))) attached.add(logicalId)
    }
  }
  return new Set([...boundaries].filter((b) => !attached.has(b)))
}

/** A resource's Properties, empty when it has none (or is no resource). */
function propertiesOf(resource: unknown): Record<string, unknown> {
  return isObject(resource) && isObject(resource['Properties']) ? resource['Properties'] : {}
}

/**
 * Adds to `out` the logical ids a node refers to with `Ref` (in any branch of any intrinsic); each shared
 * node is read once. Most resources have none of the properties asked about: nothing is allocated for them.
 */
export function refsIn(node: unknown, out: Set<string>, seen: Set<object> | null = null, depth = 0): void {
  if (depth > 50 || typeof node !== 'object' || node === null || seen?.has(node)) return
  seen ??= new Set()
  seen.add(node)
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out, seen, depth + 1))
  else {
    for (const k in node) {
      const v = (node as Record<string, unknown>)[k]
      if (k === 'Ref' && typeof v === 'string') out.add(v)
      else refsIn(v, out, seen, depth + 1)
    }
  }
}
