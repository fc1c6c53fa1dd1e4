import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser'
import { PERMISSION_SET } from '../cfn/extract.js'
import type { LoadedDocument, Path, Position } from '../cfn/load.js'
import { isObject } from '../util/object.js'
import type { TerraformModule } from './module.js'
import { ATTACHMENTS, NAME_PROPERTIES, POLICY_HOLDERS, PRINCIPAL_ARGUMENTS } from './types.js'

/**
 * A plan written by `terraform show -json`: its planned values are what would be deployed, every expression
 * already evaluated. A value known only after apply (`after_unknown`) is unknown to the rules, so a verdict
 * that depends on it is `unresolved`. Findings point at the value in the plan file, or, when the configuration
 * the plan was made from is at hand, at the statement in its `.tf` files (`locatedInSource`).
 */

/** A plan, recognised by its content: `format_version` and `planned_values`. */
export function isPlan(data: unknown): data is Record<string, unknown> {
  return isObject(data) && typeof data['format_version'] === 'string' && 'planned_values' in data
}

/** Plan keys that say a JSON file is a plan, even when its planned values are missing. */
export function looksLikePlan(data: unknown): boolean {
  return isObject(data) && typeof data['format_version'] === 'string' && 'terraform_version' in data
}

interface PlannedResource {
  address: string
  type: string
  values: Record<string, unknown>
  /** Where its `values` stand in the plan. */
  path: Path
}

/** Where a resource stands in the plan, and where each of the fields the rules read stands in its values. */
interface Place {
  values: Path
  fields: Record<string, Path>
  /** Entry i of a principal's ManagedPolicyArns: its own argument, or an attachment resource's `policy_arn`. */
  managed?: Path[]
}

/** Principals in a plan: their template type (whose name property NAME_PROPERTIES gives). */
const PRINCIPALS: Record<string, string> = {
  aws_iam_role: 'AWS::IAM::Role',
  aws_iam_user: 'AWS::IAM::User',
  aws_iam_group: 'AWS::IAM::Group',
}

/** A key's arguments in a plan, by the field the key rules read. */
const KEY_ARGUMENTS: Record<string, string> = {
  KeyPolicy: 'policy',
  EnableKeyRotation: 'enable_key_rotation',
  PendingWindowInDays: 'deletion_window_in_days',
  KeySpec: 'customer_master_key_spec',
  Enabled: 'is_enabled',
}

/** The plan's resources as the rules know them; paths are translated back to the plan's own. */
export function readPlan(file: string, plan: Record<string, unknown>, document: LoadedDocument): TerraformModule {
  const unknown = unknownValues(plan)
  const resources: Record<string, unknown> = {}
  const types = new Map<string, string>()
  const places = new Map<string, Place>()
  const attachments: PlannedResource[] = []
  const keys: string[] = []
  const planned = isObject(plan['planned_values']) ? plan['planned_values'] : {}
  for (const resource of plannedResources(planned['root_module'], ['planned_values', 'root_module'])) {
    const after = unknown.get(resource.address) ?? {}
    const value = (name: string): unknown =>
      after[name] === true ? { [`Fn::${resource.address}.${name}`]: null } : resource.values[name]
    const holder = POLICY_HOLDERS[resource.type]
    if (holder && (resource.values['policy'] !== undefined || after['policy'] === true)) {
      resources[resource.address] = {
        Type: holder.type,
        Properties: {
          [holder.name]: typeof resource.values['name'] === 'string' ? resource.values['name'] : resource.address,
          PolicyDocument: value('policy'),
        },
      }
      // The principal it belongs to, by name: linked once every principal is read.
      const owner = PRINCIPAL_ARGUMENTS[resource.type]
      const properties = resources[resource.address] as { Properties: Record<string, unknown> }
      if (owner && typeof resource.values[owner.argument] === 'string')
        properties.Properties[owner.property] = resource.values[owner.argument]
      places.set(resource.address, { values: resource.path, fields: { PolicyDocument: ['policy'] } })
    } else if (resource.type in ATTACHMENTS) {
      attachments.push(resource)
      continue
    } else if (resource.type in PRINCIPALS) {
      const type = PRINCIPALS[resource.type]
      const properties: Record<string, unknown> = {}
      const fields: Record<string, Path> = {}
      if (typeof resource.values['name'] === 'string') properties[NAME_PROPERTIES[type]] = resource.values['name']
      if (resource.type === 'aws_iam_role') {
        const inline = Array.isArray(resource.values['inline_policy']) ? resource.values['inline_policy'] : []
        const policies = inline
          .filter(isObject)
          .filter((p) => typeof p['policy'] === 'string' && p['policy'] !== '')
          .map((p, i) => ({ PolicyName: p['name'] ?? `inline_policy[${i}]`, PolicyDocument: p['policy'] }))
        if (after['inline_policy'] === true)
          policies.push({
            PolicyName: 'inline_policy',
            PolicyDocument: { [`Fn::${resource.address}.inline_policy`]: null },
          })
        properties['Policies'] = policies
        fields['Policies'] = ['inline_policy']
      }
      const given = resource.values['managed_policy_arns']
      const arns: unknown[] = Array.isArray(given) ? given : []
      properties['ManagedPolicyArns'] = [...arns]
      const boundary = resource.values['permissions_boundary']
      if (typeof boundary === 'string' && boundary !== '') {
        properties['PermissionsBoundary'] = boundary
        fields['PermissionsBoundary'] = ['permissions_boundary']
      }
      resources[resource.address] = { Type: type, Properties: properties }
      places.set(resource.address, {
        values: resource.path,
        fields,
        managed: arns.map((_, i) => [...resource.path, 'managed_policy_arns', i]),
      })
    } else if (resource.type === 'aws_ssoadmin_permission_set_inline_policy') {
      // Judged at its own address: the permission set's ARN is known only after apply. With the .tf files beside
      // the plan, it is located in the permission set that holds it there.
      resources[resource.address] = {
        Type: PERMISSION_SET,
        Properties: { InlinePolicy: value('inline_policy') },
      }
      places.set(resource.address, { values: resource.path, fields: { InlinePolicy: ['inline_policy'] } })
    } else if (resource.type === 'aws_kms_key') {
      const properties: Record<string, unknown> = {}
      for (const [field, argument] of Object.entries(KEY_ARGUMENTS))
        if (resource.values[argument] !== undefined && resource.values[argument] !== null)
          properties[field] = value(argument)
      // A plan does not record lifecycle prevent_destroy: the .tf files are judged for it.
      resources[resource.address] = {
        Type: 'AWS::KMS::Key',
        Properties: properties,
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      }
      places.set(resource.address, {
        values: resource.path,
        fields: Object.fromEntries(Object.entries(KEY_ARGUMENTS).map(([f, a]) => [f, [a]])),
      })
      keys.push(resource.address)
    } else continue
    types.set(resource.address, resource.type)
  }
  for (const attachment of attachments) attach(attachment, resources, places)
  linkOwners(resources)
  const template = { Resources: resources }
  return {
    document: {
      data: template,
      format: 'json',
      notes: [],
      locate: (path, options) => document.locate(planPath(path, places), options),
    },
    template,
    place: (line) => ({ file, line }),
    types,
    styles: new Map([...types.keys()].map((address) => [address, 'text'])),
    parts: new Map(),
    files: [],
    errors: [],
    keys,
    variables: [],
    placeholders: new Set(),
  }
}

/** `Resources/<address>/Properties/<field>/...` in the rules' model as the path in the plan. */
function planPath(path: Path, places: Map<string, Place>): Path {
  const place = path[0] === 'Resources' ? places.get(String(path[1])) : undefined
  if (!place) return ['planned_values']
  if (path[2] !== 'Properties' || path[3] === undefined) return place.values.slice(0, -1)
  if (path[3] === 'ManagedPolicyArns') return place.managed?.[Number(path[4])] ?? place.values
  const field = place.fields[String(path[3])]
  if (!field) return place.values
  // Inside a role's Policies list: entry i's PolicyDocument is inline_policy[i].policy.
  if (path[3] === 'Policies') return [...place.values, ...field, ...(path[4] === undefined ? [] : [path[4], 'policy'])]
  return [...place.values, ...field, ...path.slice(4)]
}

/**
 * An attachment adds its `policy_arn` (or each of its `policy_arns`) to the ManagedPolicyArns of each principal it
 * names, found by name (a plan holds names, not references); each entry stands at the ARN in the attachment.
 */
function attach(attachment: PlannedResource, resources: Record<string, unknown>, places: Map<string, Place>): void {
  const { values, path } = attachment
  const several = Array.isArray(values['policy_arns'])
  const arns = several ? (values['policy_arns'] as unknown[]) : [values['policy_arn']]
  for (const [argument, type] of Object.entries(ATTACHMENTS[attachment.type])) {
    const given = values[argument]
    for (const name of Array.isArray(given) ? given : [given]) {
      const found = Object.entries(resources).find(
        ([, r]) =>
          isObject(r) &&
          r['Type'] === type &&
          isObject(r['Properties']) &&
          r['Properties'][NAME_PROPERTIES[type]] === name,
      )
      const properties = found && isObject(found[1]) ? found[1]['Properties'] : undefined
      const place = found ? places.get(found[0]) : undefined
      if (typeof name !== 'string' || !isObject(properties) || !place) continue
      const list = Array.isArray(properties['ManagedPolicyArns']) ? properties['ManagedPolicyArns'] : []
      properties['ManagedPolicyArns'] = list
      place.managed ??= []
      arns.forEach((arn, i) => {
        if (typeof arn !== 'string') return
        place.managed![list.length] = several ? [...path, 'policy_arns', i] : [...path, 'policy_arn']
        list.push(arn)
      })
    }
  }
}

/**
 * A policy's RoleName (UserName, GroupName) as a reference to the principal of that name in the plan, as the
 * .tf reader writes it: KMS.Effective then puts the policy together with the principal's others.
 */
function linkOwners(resources: Record<string, unknown>): void {
  const byName = new Map<string, string>()
  for (const [address, r] of Object.entries(resources)) {
    if (!isObject(r) || !isObject(r['Properties'])) continue
    const property = NAME_PROPERTIES[String(r['Type'])]
    const name = property ? r['Properties'][property] : undefined
    if (typeof name === 'string') byName.set(`${property}:${name}`, address)
  }
  for (const r of Object.values(resources)) {
    if (!isObject(r) || !isObject(r['Properties']) || !('PolicyDocument' in r['Properties'])) continue
    const properties = r['Properties']
    for (const property of Object.values(NAME_PROPERTIES)) {
      const owner = byName.get(`${property}:${String(properties[property])}`)
      if (typeof properties[property] === 'string' && owner) properties[property] = { Ref: owner }
    }
  }
}

function plannedResources(module: unknown, path: Path): PlannedResource[] {
  if (!isObject(module)) return []
  const out: PlannedResource[] = []
  const resources = Array.isArray(module['resources']) ? module['resources'] : []
  resources.forEach((r, i) => {
    if (!isObject(r) || r['mode'] === 'data' || typeof r['address'] !== 'string' || typeof r['type'] !== 'string')
      return
    out.push({
      address: r['address'],
      type: r['type'],
      values: isObject(r['values']) ? r['values'] : {},
      path: [...path, 'resources', i, 'values'],
    })
  })
  const children = Array.isArray(module['child_modules']) ? module['child_modules'] : []
  children.forEach((child, i) => out.push(...plannedResources(child, [...path, 'child_modules', i])))
  return out
}

/** `after_unknown` of each resource change: the arguments known only after apply. */
function unknownValues(plan: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>()
  const changes = Array.isArray(plan['resource_changes']) ? plan['resource_changes'] : []
  for (const change of changes) {
    if (!isObject(change) || typeof change['address'] !== 'string' || !isObject(change['change'])) continue
    const after = change['change']['after_unknown']
    if (isObject(after)) out.set(change['address'], after)
  }
  return out
}

/**
 * The plan with its resources pointed at in the configuration it was made from (`source`, the `.tf` files
 * beside it): each resource the configuration declares, by address (an instance the configuration cannot
 * count, `x[*]`, stands for every `x[i]`), is located there, down to the statement; the rest stays in the
 * plan. The `.tf` files follow the plan's `planLines` lines on one virtual document, so `place` tells them
 * apart; their comments suppress the plan's findings as they do the configuration's.
 */
export function locatedInSource(planned: TerraformModule, source: TerraformModule, planLines: number): TerraformModule {
  const blocks = new Map<string, string>()
  for (const address of source.types.keys()) if (!blocks.has(blockOf(address))) blocks.set(blockOf(address), address)
  const written = new Map<string, string>()
  for (const [address, type] of planned.types) {
    const part = source.parts.get(address)
    if (part !== undefined) {
      written.set(address, part)
      continue
    }
    const found = source.types.has(address) ? address : blocks.get(blockOf(address))
    if (found !== undefined && source.types.get(found) === type) written.set(address, found)
  }
  withoutComputedInlinePolicies(planned, source, written)
  inPermissionSets(planned, source, written)
  const shifted = (at: Position): Position => ({ ...at, line: at.line + planLines, endLine: at.endLine + planLines })
  return {
    ...planned,
    document: {
      ...planned.document,
      locate: (path, options = {}) => {
        const found = path[0] === 'Resources' ? written.get(String(path[1])) : undefined
        if (found === undefined) return planned.document.locate(path, options)
        const inSource = ['Resources', found, ...sameEntry(path.slice(2), planned, source, String(path[1]), found)]
        // A policy is JSON text in the plan: the place inside it is the same path in the source's document.
        const text = valueAt(planned.template, path)
        const inner = options.within && typeof text === 'string' ? pathInText(text, options.within.start) : []
        return shifted(source.document.locate([...inSource, ...inner], { key: options.key }))
      },
    },
    place: (line) => (line > planLines ? source.place(line - planLines) : planned.place(line)),
    styles: new Map(
      [...planned.styles].map(([address, style]) => [address, source.styles.get(written.get(address) ?? '') ?? style]),
    ),
    files: source.files.map((file) => ({ ...file, offset: file.offset + planLines })),
  }
}

/**
 * A role's `inline_policy` is known only after apply whenever the configuration writes none: the provider reads
 * back what other resources attach (judged on their own). A plan cannot tell that from blocks over values not
 * known yet; the .tf files can. Where they show the role with no `inline_policy` block, the plan's unknown one
 * is left out.
 */
function withoutComputedInlinePolicies(
  planned: TerraformModule,
  source: TerraformModule,
  written: ReadonlyMap<string, string>,
): void {
  for (const [address, found] of written) {
    if (planned.types.get(address) !== 'aws_iam_role') continue
    const own = valueAt(source.template, ['Resources', found, 'Properties', 'Policies'])
    const properties = valueAt(planned.template, ['Resources', address, 'Properties'])
    if ((Array.isArray(own) && own.length > 0) || !isObject(properties) || !Array.isArray(properties['Policies']))
      continue
    properties['Policies'] = properties['Policies'].filter(
      (p) => !(isObject(p) && isObject(p['PolicyDocument']) && `Fn::${address}.inline_policy` in p['PolicyDocument']),
    )
  }
}

/**
 * The .tf files judge a permission set's inline policy in the permission set; the plan knows the permission set's
 * ARN only after apply, and judges the policy at its own address. It is moved to the permission set's, so that a
 * folder's plan and .tf files report the grant once, under one name.
 */
function inPermissionSets(planned: TerraformModule, source: TerraformModule, written: Map<string, string>): void {
  const resources = planned.template['Resources']
  if (!isObject(resources)) return
  for (const [address, found] of [...written]) {
    if (address === found || source.parts.get(address) !== found || found in resources) continue
    resources[found] = resources[address]
    delete resources[address]
    planned.types.set(found, source.types.get(found) ?? '')
    planned.types.delete(address)
    planned.styles.set(found, planned.styles.get(address) ?? 'text')
    planned.styles.delete(address)
    written.delete(address)
    written.set(found, found)
  }
}

/**
 * A path under a plan resource as the path under the same resource in the source: a role's inline policies are
 * a set in the plan, so entry `i` is found by its name; an AWS managed policy it attaches, by the policy's name
 * (the source may write the ARN with the partition of a data source), else at the argument.
 */
function sameEntry(
  rest: Path,
  planned: TerraformModule,
  source: TerraformModule,
  address: string,
  found: string,
): Path {
  if (rest[0] === 'Properties' && rest[1] === 'ManagedPolicyArns' && typeof rest[2] === 'number') {
    const arn = valueAt(planned.template, ['Resources', address, ...rest.slice(0, 3)])
    const written = `:policy/${String(arn).split(':policy/')[1]}"`
    const entries = valueAt(source.template, ['Resources', found, 'Properties', 'ManagedPolicyArns'])
    const index = Array.isArray(entries) ? entries.findIndex((e) => JSON.stringify(e).includes(written)) : -1
    return index < 0 ? ['Properties', 'ManagedPolicyArns'] : ['Properties', 'ManagedPolicyArns', index]
  }
  if (rest[0] !== 'Properties' || rest[1] !== 'Policies' || typeof rest[2] !== 'number') return rest
  const name = valueAt(planned.template, ['Resources', address, ...rest.slice(0, 3), 'PolicyName'])
  const entries = valueAt(source.template, ['Resources', found, 'Properties', 'Policies'])
  const index = Array.isArray(entries) ? entries.findIndex((e) => isObject(e) && e['PolicyName'] === name) : -1
  return index < 0 ? rest : ['Properties', 'Policies', index, ...rest.slice(3)]
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data
  for (const step of path) node = Array.isArray(node) ? node[Number(step)] : isObject(node) ? node[step] : undefined
  return node
}

/** The path, inside JSON text, of the innermost value that starts at or holds `offset`. */
function pathInText(text: string, offset: number): Path {
  const root = parseTree(text)
  const node = root ? findNodeAtOffset(root, offset) : undefined
  return node ? getNodePath(node) : []
}

/** An address without its instance keys: `module.a["x"].aws_iam_policy.p[0]` is `module.a.aws_iam_policy.p`. */
function blockOf(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '')
}
