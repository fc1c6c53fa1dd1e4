import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { PERMISSION_SET } from '../cfn/extract.js'
import type { LoadedDocument, Position } from '../cfn/load.js'
import type { Diagnostic } from '../findings.js'
import { isObject } from '../util/object.js'
import { Evaluator, instancesOf, type Definitions, type Input, type Module } from './evaluate.js'
import { firstError, parseHcl, type Node } from './hcl.js'
import { Origins } from './origin.js'
import { attributesOf, blocksOf, positionOf, type Attribute, type Block, type HclFile } from './source.js'
import { ATTACHMENTS, NAME_PROPERTIES, POLICY_HOLDERS, PRINCIPAL_ARGUMENTS } from './types.js'

/** Local modules nested deeper than this are not read (a module that sources itself would never end). */
const MAX_MODULE_DEPTH = 10

/**
 * A Terraform module read as the template model the rules judge: each resource that holds a policy or a key
 * becomes the resource of the matching kind under its Terraform address, with its values evaluated.
 */
export interface TerraformModule {
  document: LoadedDocument
  template: Record<string, unknown>
  /** The file and line of a line on the virtual document. */
  place(line: number): { file: string; line: number }
  /** Terraform type by address. */
  types: Map<string, string>
  /** How each policy is written (`statement` blocks, or an object in `jsonencode`), by address. */
  styles: Map<string, 'blocks' | 'object' | 'text'>
  /** The resource each permission set's inline policy is judged in (the permission set's), by its own address. */
  parts: Map<string, string>
  files: HclFile[]
  errors: Diagnostic[]
  /** Addresses of `aws_kms_key` resources, for fixes that name a key. */
  keys: string[]
  /** The root module's variables: the parameters a user may give values for. */
  variables: string[]
  /** Variables whose default `""` only holds the place of a policy: judged as if they had no default. */
  placeholders: ReadonlySet<string>
}

/** IAM Identity Center resources that add to a permission set: the property of AWS::SSO::PermissionSet each sets. */
const PERMISSION_SET_PARTS: Record<string, 'InlinePolicy' | 'ManagedPolicies' | 'PermissionsBoundary'> = {
  aws_ssoadmin_permission_set_inline_policy: 'InlinePolicy',
  aws_ssoadmin_managed_policy_attachment: 'ManagedPolicies',
  aws_ssoadmin_permissions_boundary_attachment: 'PermissionsBoundary',
}

/** Key fields as the key rules name them, by Terraform argument. */
const KEY_FIELDS: Record<string, string> = {
  policy: 'KeyPolicy',
  enable_key_rotation: 'EnableKeyRotation',
  deletion_window_in_days: 'PendingWindowInDays',
  customer_master_key_spec: 'KeySpec',
  key_spec: 'KeySpec',
  is_enabled: 'Enabled',
}

/** What the user gives the root module's variables. */
export interface VariableValues {
  /** `.tfvars` (or `.tfvars.json`) files, relative to cwd, read after the folder's own; later files win. */
  varFiles: readonly string[]
  /** Values given by name (`--parameter`): they win over every file. */
  given: ReadonlySet<string>
}

/**
 * The variables files Terraform reads from a module's folder without being told, of the names listed there, in the
 * order it reads them (each wins over the ones before, and the files given after them): terraform.tfvars,
 * terraform.tfvars.json, then *.auto.tfvars and *.auto.tfvars.json in name order. A folder's listing has no
 * order of its own.
 */
export function variableFiles(names: readonly string[]): string[] {
  return ['terraform.tfvars', 'terraform.tfvars.json']
    .filter((name) => names.includes(name))
    .concat(names.filter((name) => /\.auto\.tfvars(\.json)?$/.test(name)).sort())
}

/** A file's text for `file` and `templatefile`; null when it is missing, too large or outside the working directory. */
function fileText(cwd: string, file: string, maxBytes: number): string | null {
  const absolute = path.resolve(cwd, file)
  if (path.relative(cwd, absolute).startsWith('..')) return null
  try {
    return statSync(absolute).size > maxBytes ? null : readFileSync(absolute, 'utf8')
  } catch {
    return null
  }
}

/** Reads the `.tf` files of one folder (relative to cwd) and the local modules it calls. */
export function readTerraform(
  cwd: string,
  folder: string,
  files: readonly string[],
  maxBytes: number,
  values: VariableValues = { varFiles: [], given: new Set() },
): TerraformModule {
  const all: HclFile[] = []
  const errors: Diagnostic[] = []
  let lines = 0
  const readFiles = (relative: string[]): HclFile[] => {
    const read: HclFile[] = []
    for (const file of relative) {
      let text: string
      try {
        const size = statSync(path.resolve(cwd, file)).size
        if (size > maxBytes) {
          errors.push({
            file,
            line: 1,
            column: 1,
            message: `file is ${(size / 1048576).toFixed(1)} MiB; files over ${maxBytes / 1048576} MiB are not read`,
            unreadable: true,
          })
          continue
        }
        text = readFileSync(path.resolve(cwd, file), 'utf8')
      } catch (e) {
        errors.push({
          file,
          line: 1,
          column: 1,
          message: `cannot read the file: ${(e as Error).message}`,
          unreadable: true,
        })
        continue
      }
      if (text.includes('\0')) {
        errors.push({
          file,
          line: 1,
          column: 1,
          message: 'not a text file (it holds NUL bytes); a .tf file is HCL text',
          unreadable: true,
        })
        continue
      }
      const root = parseHcl(text)
      const error = firstError(root)
      if (error) {
        errors.push({
          file,
          line: error.row + 1,
          column: error.column + 1,
          message: `not valid HCL (${error.what}): the file is not judged until it parses`,
          unreadable: true,
        })
        continue
      }
      const source: HclFile = { file, root, offset: lines, lines: text.split('\n').length }
      lines += source.lines
      read.push(source)
    }
    all.push(...read)
    return read
  }
  /** The values a `.tfvars` file gives, by variable name; a file that cannot be read is an error. */
  const variableFile = (file: string): [string, unknown][] => {
    if (file.endsWith('.json')) {
      try {
        const data = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8')) as unknown
        if (isObject(data)) return Object.entries(data)
        errors.push({ file, line: 1, column: 1, message: 'a .tfvars.json file must hold one JSON object' })
      } catch (e) {
        errors.push({ file, line: 1, column: 1, message: `cannot read the variables file: ${(e as Error).message}` })
      }
      return []
    }
    if (!existsSync(path.resolve(cwd, file))) {
      errors.push({ file, line: 1, column: 1, message: 'cannot read the variables file: no such file' })
      return []
    }
    const [source] = readFiles([file])
    if (!source) return []
    const body = source.root.namedChildren.find((c) => c?.type === 'body') ?? null
    return [...attributesOf(body).values()].map((a) => [a.name, evaluator.value(a.expression, root, new Map(), source)])
  }
  const origins = new Origins()
  const definitions: Definitions = { parameters: {}, conditions: {} }
  // The folders from the root module down to each module, by the calls that read it: a module whose folder
  // is among its callers' would call itself for ever.
  const callers = new WeakMap<Module, string[]>()
  const readModule = (
    dir: string,
    prefix: string,
    inputs: Map<string, Input>,
    call: Block,
    parent: Module,
  ): Module | null => {
    const chain = callers.get(parent) ?? []
    if (chain.includes(dir) || chain.length >= MAX_MODULE_DEPTH) {
      errors.push({
        file: call.source.file,
        line: call.node.startPosition.row + 1,
        column: call.node.startPosition.column + 1,
        message: `module ${prefix.slice(0, -1)} sources ${chain.includes(dir) ? 'a module that calls it (a cycle)' : `modules nested deeper than ${MAX_MODULE_DEPTH}`}; it is not read`,
      })
      return null
    }
    let names: string[]
    try {
      names = readdirSync(path.resolve(cwd, dir)).filter((n) => n.endsWith('.tf'))
    } catch {
      return null
    }
    const module = moduleOf(dir, prefix, inputs, readFiles(names.sort().map((n) => path.posix.join(dir, n))))
    callers.set(module, [...chain, dir])
    return module
  }
  const root = moduleOf(folder, '', new Map(), readFiles([...files]))
  callers.set(root, [folder])
  const installed = installedModules(cwd, folder)
  const evaluator = new Evaluator(
    origins,
    definitions,
    (dir, prefix, inputs, call, parent) => {
      // `terraform init` records where each local module it found stands; that wins over our own reading.
      const key = prefix
        .replace(INSTANCE_KEY, '')
        .replace(/^module\./, '')
        .replace(/\.module\./g, '.')
        .replace(/\.$/, '')
      return readModule(installed.get(key) ?? dir, prefix, inputs, call, parent)
    },
    (module) => collect(module),
    folder,
    values.given,
    (file) => fileText(cwd, file, maxBytes),
  )
  const own = (() => {
    try {
      return variableFiles(readdirSync(path.resolve(cwd, folder))).map((n) => path.posix.join(folder, n))
    } catch {
      return []
    }
  })()
  for (const file of [...own, ...values.varFiles]) {
    for (const [name, value] of variableFile(file)) if (!values.given.has(name)) root.inputs.set(name, () => value)
  }
  const resources: Record<string, unknown> = {}
  const types = new Map<string, string>()
  const styles = new Map<string, 'blocks' | 'object' | 'text'>()
  const parts = new Map<string, string>()
  const keys: string[] = []
  const keyPolicies: { target: string; block: Block; module: Module }[] = []
  const attachments: Attachment[] = []
  const modules: Module[] = []
  const collect = (module: Module): void => {
    modules.push(module)
    for (const block of module.resources.values()) {
      const [type, name] = block.labels
      for (const instance of instancesOf(block, module, evaluator)) {
        const address = `${module.prefix}${type}.${name}${instance.suffix}`
        const resource = resourceOf(block, module, instance.bindings, evaluator, origins, address)
        if (type in ATTACHMENTS || type in PERMISSION_SET_PARTS) {
          attachments.push({
            block,
            module,
            address,
            bindings: instance.bindings,
            condition: evaluator.both(module.condition, instance.condition),
          })
          continue
        }
        if (type === 'aws_kms_key_policy') {
          const target = keyReference(attributesOf(block.body).get('key_id')?.expression)
          if (target) keyPolicies.push({ target: `${module.prefix}${target}`, block, module })
          continue
        }
        if (!resource) continue
        const condition = evaluator.both(module.condition, instance.condition)
        if (condition) resource.value['Condition'] = condition
        resources[address] = resource.value
        types.set(address, type)
        if (resource.style) styles.set(address, resource.style)
        if (type === 'aws_kms_key') keys.push(address)
        origins.member(resources, address, {
          key: positionOf(block.node, block.source),
          value: positionOf(block.node, block.source),
        })
      }
    }
    for (const name of module.modules.keys()) evaluator.child(name, module)
  }
  collect(root)
  for (const { target, block, module } of keyPolicies) {
    const key = resources[target]
    const policy = attributesOf(block.body).get('policy')
    if (!isObject(key) || !isObject(key['Properties']) || !policy) continue
    key['Properties']['KeyPolicy'] = policyValue(evaluator.value(policy.expression, module, new Map(), block.source))
    origins.member(key['Properties'], 'KeyPolicy', place(policy.node, policy.expression, block.source))
  }
  for (const attachment of attachments) {
    if (attachment.block.labels[0] in PERMISSION_SET_PARTS)
      addToPermissionSet(attachment, evaluator, { resources, types, styles, parts }, origins)
    else attach(attachment, evaluator, resources, origins)
  }
  unattachedDocuments(modules, evaluator, resources, types, origins)
  const placeholders = withoutPlaceholders(resources, types, definitions.parameters, values.given)
  const template = {
    Resources: resources,
    Parameters: definitions.parameters,
    Conditions: definitions.conditions,
  }
  const first = all[0]
  const fallback: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 }
  return {
    document: origins.document(template, fallback),
    template,
    place: (line) => {
      const source = [...all].reverse().find((f) => line > f.offset) ?? first
      return source ? { file: source.file, line: line - source.offset } : { file: folder, line }
    },
    types,
    styles,
    parts,
    files: all,
    errors,
    keys,
    variables: [...root.variables.keys()],
    placeholders,
  }
}

function moduleOf(folder: string, prefix: string, inputs: Map<string, Input>, files: HclFile[]): Module {
  const module: Module = {
    prefix,
    folder,
    files,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
    inputs,
    children: new Map(),
  }
  for (const source of files) {
    const body = source.root.namedChildren.find((c) => c?.type === 'body') ?? null
    for (const block of blocksOf(body, source)) {
      const [first, second] = block.labels
      if (block.type === 'variable' && first) module.variables.set(first, block)
      else if (block.type === 'resource' && first && second) module.resources.set(`${first}.${second}`, block)
      else if (block.type === 'data' && first && second) module.data.set(`${first}.${second}`, block)
      else if (block.type === 'module' && first) module.modules.set(first, block)
      else if (block.type === 'output' && first) module.outputs.set(first, block)
      else if (block.type === 'locals')
        for (const attribute of attributesOf(block.body).values())
          module.locals.set(attribute.name, { attribute, source })
    }
  }
  return module
}

function place(
  attribute: Node,
  expression: Node,
  source: HclFile,
): { key: Position; value: Position; text?: { line: number; column: number } } {
  // A policy written as literal heredoc text: statements inside it are located in the text.
  const heredoc = expression.namedChildren[0]?.namedChildren[0]
  const literal =
    heredoc?.type === 'heredoc_template' && !/^<<-/.test(heredoc.namedChildren[0]?.text ?? '')
      ? heredoc.namedChildren.find((c) => c?.type === 'template_literal')
      : undefined
  return {
    key: positionOf(attribute, source),
    value: positionOf(expression, source),
    text: literal
      ? { line: source.offset + literal.startPosition.row + 1, column: literal.startPosition.column + 1 }
      : undefined,
  }
}

/**
 * An identity policy argument's document, null when there is none to judge. A null value is not set: Terraform
 * plans no policy without its document, so a called module's `policy = var.policy_json` left at its default of
 * null is nothing to judge. In the root module that variable is the deployer's to give, as a variable without a
 * default is: unresolved.
 */
function identityDocument(policy: Attribute, value: unknown, module: Module, evaluator: Evaluator): unknown {
  const document = policyValue(value)
  if (document !== null) return evaluator.withoutNulls(document, policy)
  const variable = /^\s*var\.([\w-]+)\s*$/.exec(policy.expression.text)?.[1]
  if (module.prefix !== '' || variable === undefined) return null
  evaluator.definitions.parameters[variable] ??= {}
  return { Ref: variable }
}

/** A policy argument's value as a document: `jsonencode(...)` is judged as the object it encodes. */
function policyValue(value: unknown): unknown {
  return isObject(value) && Object.keys(value).length === 1 && 'Fn::ToJsonString' in value
    ? value['Fn::ToJsonString']
    : value
}

function styleOf(expression: Node): 'blocks' | 'object' | 'text' {
  const text = expression.text
  if (/^\s*jsonencode\s*\(/.test(text)) return 'object'
  if (/data\.aws_iam_policy_document\./.test(text)) return 'blocks'
  return 'text'
}

/** The resource as the rules know it, or null for a type no rule judges. */
function resourceOf(
  block: Block,
  module: Module,
  bindings: Map<string, unknown>,
  evaluator: Evaluator,
  origins: Origins,
  address: string,
): { value: Record<string, unknown>; style?: 'blocks' | 'object' | 'text' } | null {
  const type = block.labels[0]
  const source = block.source
  const attributes = attributesOf(block.body)
  const properties: Record<string, unknown> = {}
  const resource: Record<string, unknown> = { Properties: properties }
  origins.set(resource, positionOf(block.node, source))
  origins.set(properties, positionOf(block.node, source))
  origins.member(resource, 'Properties', { value: positionOf(block.node, source) })
  const evaluate = (node: Node): unknown => evaluator.value(node, module, bindings, source)
  /** A principal's name, the AWS managed policies it names and its permissions boundary. */
  const principalFields = (target: Record<string, unknown>, nameProperty: string): void => {
    const name = attributes.get('name')
    const nameValue = name ? evaluate(name.expression) : undefined
    if (typeof nameValue === 'string') target[nameProperty] = nameValue
    for (const [argument, property] of [
      ['managed_policy_arns', 'ManagedPolicyArns'],
      ['permissions_boundary', 'PermissionsBoundary'],
    ]) {
      const attribute = attributes.get(argument)
      if (!attribute) continue
      const value = evaluate(attribute.expression)
      target[property] = Array.isArray(value) ? [...(value as unknown[])] : value
      origins.member(target, property, place(attribute.node, attribute.expression, source))
      const list = target[property]
      if (Array.isArray(list) && Array.isArray(value))
        value.forEach((_, i) => {
          const at = origins.get(value)?.members.get(i)
          if (at) origins.member(list, i, at)
        })
    }
  }
  const holder = POLICY_HOLDERS[type]
  if (holder) {
    const policy = attributes.get('policy')
    if (!policy) return null
    const document = identityDocument(policy, evaluate(policy.expression), module, evaluator)
    if (document === null) return null
    resource['Type'] = holder.type
    const name = attributes.get('name')
    const nameValue = name ? evaluate(name.expression) : undefined
    properties[holder.name] = typeof nameValue === 'string' ? nameValue : address
    properties['PolicyDocument'] = document
    origins.member(properties, 'PolicyDocument', place(policy.node, policy.expression, source))
    // The principal it belongs to, so that KMS.Effective puts it together with the principal's other policies.
    const owner = PRINCIPAL_ARGUMENTS[type]
    const ownerAttribute = owner ? attributes.get(owner.argument) : undefined
    if (owner && ownerAttribute) properties[owner.property] = evaluate(ownerAttribute.expression)
    return { value: resource, style: styleOf(policy.expression) }
  }
  if (type === 'aws_iam_role') {
    const inline = blocksOf(block.body, source).filter((b) => b.type === 'inline_policy')
    const policies: unknown[] = []
    origins.set(policies, positionOf(block.node, source))
    let style: 'blocks' | 'object' | 'text' = 'text'
    for (const entry of inline) {
      const fields = attributesOf(entry.body)
      const policy = fields.get('policy')
      const document = policy ? policyValue(evaluate(policy.expression)) : null
      if (!policy || document === null) continue
      const name = fields.get('name')
      const nameValue = name ? evaluate(name.expression) : undefined
      const item: Record<string, unknown> = {
        PolicyName: typeof nameValue === 'string' ? nameValue : `inline_policy[${policies.length}]`,
        PolicyDocument: document,
      }
      origins.set(item, positionOf(entry.node, source))
      origins.member(item, 'PolicyDocument', place(policy.node, policy.expression, source))
      origins.member(policies, policies.length, { value: positionOf(entry.node, source) })
      policies.push(item)
      style = styleOf(policy.expression)
    }
    resource['Type'] = 'AWS::IAM::Role'
    if (policies.length > 0) properties['Policies'] = policies
    principalFields(properties, 'RoleName')
    return { value: resource, style }
  }
  if (type === 'aws_ssoadmin_permission_set') {
    resource['Type'] = PERMISSION_SET
    const name = attributes.get('name')
    const nameValue = name ? evaluate(name.expression) : undefined
    if (typeof nameValue === 'string') properties['Name'] = nameValue
    return { value: resource }
  }
  if (type === 'aws_iam_user' || type === 'aws_iam_group') {
    resource['Type'] = type === 'aws_iam_user' ? 'AWS::IAM::User' : 'AWS::IAM::Group'
    principalFields(properties, type === 'aws_iam_user' ? 'UserName' : 'GroupName')
    return { value: resource }
  }
  if (type === 'aws_kms_key') {
    resource['Type'] = 'AWS::KMS::Key'
    for (const [argument, field] of Object.entries(KEY_FIELDS)) {
      const attribute = attributes.get(argument)
      if (!attribute) continue
      const value = evaluate(attribute.expression)
      // Null is not set; nor is a policy of "" (a module's `policy = var.policy` left at its default): the
      // provider sends no policy, and KMS gives the key its default policy.
      if (value === null || (field === 'KeyPolicy' && value === '')) continue
      properties[field] = field === 'KeyPolicy' ? evaluator.withoutNulls(policyValue(value), attribute) : value
      origins.member(properties, field, place(attribute.node, attribute.expression, source))
    }
    if (attributes.has('custom_key_store_id')) properties['Origin'] = 'AWS_CLOUDHSM'
    // Terraform destroys a key when it is removed or replaced unless lifecycle prevent_destroy says no.
    const lifecycle = blocksOf(block.body, source).find((b) => b.type === 'lifecycle')
    const prevent = lifecycle ? attributesOf(lifecycle.body).get('prevent_destroy') : undefined
    if (prevent && prevent.expression.text.trim() === 'true') {
      resource['DeletionPolicy'] = 'Retain'
      origins.member(resource, 'DeletionPolicy', {
        key: positionOf(prevent.node, source),
        value: positionOf(prevent.node, source),
      })
    }
    resource['UpdateReplacePolicy'] = 'Retain'
    return { value: resource }
  }
  return null
}

/**
 * An attachment resource adds its `policy_arn` (or each of its `policy_arns`) to the `ManagedPolicyArns` of each
 * principal it names (by reference, or by the name the principal is given), placed where the ARN is written.
 */
function attach(
  { block, module, bindings, condition }: Attachment,
  evaluator: Evaluator,
  resources: Record<string, unknown>,
  origins: Origins,
): void {
  const attributes = attributesOf(block.body)
  const policy = attributes.get('policy_arn') ?? attributes.get('policy_arns')
  if (!policy) return
  const value = evaluator.value(policy.expression, module, bindings, block.source)
  const arns = policy.name === 'policy_arns' && Array.isArray(value) ? (value as unknown[]) : [value]
  for (const [argument, type] of Object.entries(ATTACHMENTS[block.labels[0]] ?? {})) {
    const given = attributes.get(argument)
    if (!given) continue
    const names = evaluator.value(given.expression, module, bindings, block.source)
    for (const name of Array.isArray(names) ? names : [names]) {
      const properties = principalAt(resources, type, name)?.properties
      if (!properties) continue
      const list = Array.isArray(properties['ManagedPolicyArns']) ? properties['ManagedPolicyArns'] : []
      properties['ManagedPolicyArns'] = list
      for (const [i, arn] of arns.entries()) {
        // Each entry of `policy_arns` where it is written; a single `policy_arn` at the argument.
        const at = arns === value ? origins.get(value)?.members.get(i) : undefined
        origins.member(list, list.length, at ?? place(policy.node, policy.expression, block.source))
        // An attachment that exists only under a condition attaches the policy in those variants only.
        list.push(condition ? { 'Fn::If': [condition, arn, { Ref: 'AWS::NoValue' }] } : arn)
      }
    }
  }
}

/**
 * An IAM Identity Center resource that adds to a permission set (its inline policy, an AWS managed policy, its
 * boundary) sets that property of the permission set it names. An inline policy of a permission set the
 * configuration does not make (its ARN a variable or a data source) is judged at its own address, as the
 * permission set it belongs to; the others need the permission set's own policies, and add to none.
 */
function addToPermissionSet(
  { block, module, address, bindings, condition }: Attachment,
  evaluator: Evaluator,
  made: Made,
  origins: Origins,
): void {
  const attributes = attributesOf(block.body)
  const evaluate = (node: Node): unknown => evaluator.value(node, module, bindings, block.source)
  const target = attributes.get('permission_set_arn')
  const found = target ? principalAt(made.resources, PERMISSION_SET, evaluate(target.expression)) : null
  // An attachment that exists only under a condition adds to the permission set in those variants only.
  const only = (value: unknown): unknown =>
    condition ? { 'Fn::If': [condition, value, { Ref: 'AWS::NoValue' }] } : value
  const part = PERMISSION_SET_PARTS[block.labels[0]]
  if (part === 'InlinePolicy') {
    const policy = attributes.get('inline_policy')
    const document = policy ? identityDocument(policy, evaluate(policy.expression), module, evaluator) : null
    if (!policy || document === null) return
    const holder = found ?? standalone(address, block, made, origins, condition)
    holder.properties['InlinePolicy'] = found ? only(document) : document
    origins.member(holder.properties, 'InlinePolicy', place(policy.node, policy.expression, block.source))
    made.styles.set(holder.address, styleOf(policy.expression))
    made.parts.set(address, holder.address)
    return
  }
  if (!found) return
  if (part === 'ManagedPolicies') {
    const policy = attributes.get('managed_policy_arn')
    if (!policy) return
    const list = Array.isArray(found.properties['ManagedPolicies']) ? found.properties['ManagedPolicies'] : []
    found.properties['ManagedPolicies'] = list
    origins.member(list, list.length, place(policy.node, policy.expression, block.source))
    list.push(only(evaluate(policy.expression)))
    return
  }
  const boundary = blocksOf(block.body, block.source).find((b) => b.type === 'permissions_boundary')
  if (!boundary) return
  const managed = attributesOf(boundary.body).get('managed_policy_arn')
  // A customer managed policy of each assigned account: the configuration does not show it.
  found.properties['PermissionsBoundary'] = only(
    managed ? { ManagedPolicyArn: evaluate(managed.expression) } : { CustomerManagedPolicyReference: {} },
  )
  origins.member(found.properties, 'PermissionsBoundary', { value: positionOf(boundary.node, block.source) })
}

/** The template's resources as they are being made, with their Terraform types and policy styles by address. */
type Made = Pick<TerraformModule, 'types' | 'styles' | 'parts'> & { resources: Record<string, unknown> }

/** A permission set at the address of the resource that stands for it. */
function standalone(
  address: string,
  block: Block,
  made: Made,
  origins: Origins,
  condition: string | undefined,
): { address: string; properties: Record<string, unknown> } {
  const properties: Record<string, unknown> = {}
  const resource: Record<string, unknown> = { Type: PERMISSION_SET, Properties: properties }
  if (condition) resource['Condition'] = condition
  const at = positionOf(block.node, block.source)
  origins.set(resource, at)
  origins.set(properties, at)
  origins.member(resource, 'Properties', { value: at })
  made.resources[address] = resource
  made.types.set(address, block.labels[0])
  origins.member(made.resources, address, { key: at, value: at })
  return { address, properties }
}

/** An attachment resource's instance, in its module, and the condition under which it exists. */
interface Attachment {
  block: Block
  module: Module
  address: string
  bindings: Map<string, unknown>
  condition?: string
}

/** The principal of `type` a value names (`{Ref: address}`, or its name), and its properties. */
function principalAt(
  resources: Record<string, unknown>,
  type: string,
  name: unknown,
): { address: string; properties: Record<string, unknown> } | null {
  const nameProperty = NAME_PROPERTIES[type]
  for (const [address, resource] of Object.entries(resources)) {
    if (!isObject(resource) || resource['Type'] !== type || !isObject(resource['Properties'])) continue
    const properties = resource['Properties']
    const byReference = isObject(name) && name['Ref'] === address
    if (byReference || (typeof name === 'string' && nameProperty && properties[nameProperty] === name))
      return { address, properties }
  }
  return null
}

/**
 * The folders of the local modules `terraform init` found for the root module in `folder`, by module key
 * (`net`, `net.subnets`), from `.terraform/modules/modules.json`; downloaded modules (under `.terraform/`)
 * are left out: they are not the code under review.
 */
/**
 * Where `terraform init` writes its module manifest. Joined at run time on purpose: written as one path
 * expression beside the read, the bundler takes it for a file of ours and copies whatever matches it on the
 * build machine (a test fixture) into the bundle.
 */
function manifestIn(folder: string): string {
  return [folder, '.terraform', 'modules', 'modules.json'].join(path.sep)
}

export function installedModules(cwd: string, folder: string): Map<string, string> {
  const installed = new Map<string, string>()
  let data: unknown
  try {
    data = JSON.parse(readFileSync(manifestIn(path.resolve(cwd, folder)), 'utf8'))
  } catch {
    return installed
  }
  const modules = isObject(data) && Array.isArray(data['Modules']) ? data['Modules'] : []
  for (const entry of modules) {
    if (!isObject(entry) || typeof entry['Key'] !== 'string' || typeof entry['Dir'] !== 'string') continue
    const dir = path.posix.normalize(path.posix.join(folder, entry['Dir'].replaceAll('\\', '/')))
    if (entry['Key'] !== '' && !dir.split('/').includes('.terraform')) installed.set(entry['Key'], dir)
  }
  return installed
}

/**
 * An identity policy left empty: `policy = ""` cannot deploy (AWS rejects an empty policy), so it is not judged;
 * nor is one that is a variable of a called module left at its default `""` (the call in the scan gives none).
 * A policy that is a root module variable whose default is `""` (and no value was given) will be whatever the
 * deployer passes: the default only holds the place, so it is judged as a variable without a default
 * (unresolved). Returns the names of those variables.
 */
function withoutPlaceholders(
  resources: Record<string, unknown>,
  types: Map<string, string>,
  parameters: Record<string, unknown>,
  given: ReadonlySet<string>,
): Set<string> {
  const placeholders = new Set<string>()
  const placeholding = (policy: unknown): string | null => {
    const name = isObject(policy) && typeof policy['Ref'] === 'string' ? policy['Ref'] : ''
    const parameter = name && !given.has(name) ? parameters[name] : undefined
    return isObject(parameter) && parameter['Default'] === '' ? name : null
  }
  for (const [address, resource] of Object.entries(resources)) {
    const properties = isObject(resource) && isObject(resource['Properties']) ? resource['Properties'] : null
    // A key policy left at "" is no policy: KMS gives the key its default policy.
    if (properties && placeholding(properties['KeyPolicy'])) delete properties['KeyPolicy']
    const policy = properties?.['PolicyDocument']
    const name = placeholding(policy)
    const parameter = name === null ? undefined : parameters[name]
    if (policy === '') {
      delete resources[address]
      types.delete(address)
    } else if (name !== null && isObject(parameter)) {
      delete parameter['Default']
      placeholders.add(name)
    }
  }
  return placeholders
}

/** An instance key in an address (`[0]`, `["a"]`, `[*]`): `terraform init` records module calls without them. */
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g

/** `aws_kms_key.NAME.id` / `.key_id` / `.arn` as written in `key_id`: the key's address. */
function keyReference(expression: Node | undefined): string | null {
  const match = /^\s*(aws_kms_key\.[A-Za-z0-9_-]+)\.(id|key_id|arn)\s*$/.exec(expression?.text ?? '')
  return match ? match[1] : null
}

/**
 * A policy document that no argument anywhere in the module refers to is judged as an identity policy
 * (KMS.2) under its own address, unless a statement names principals: then it is a resource policy.
 */
function unattachedDocuments(
  modules: Module[],
  evaluator: Evaluator,
  resources: Record<string, unknown>,
  types: Map<string, string>,
  origins: Origins,
): void {
  for (const module of modules) {
    const referenced = documentReferences(module.files.map((f) => f.root.text).join('\n'))
    for (const [address, block] of module.data) {
      const [type, name] = address.split('.')
      if (type !== 'aws_iam_policy_document') continue
      if (referenced(name)) continue
      const full = `${module.prefix}data.${address}`
      const document = evaluator.policyDocument(block, module, full)
      const statements = isObject(document) && Array.isArray(document['Statement']) ? document['Statement'] : []
      if (statements.some((s) => isObject(s) && ('Principal' in s || 'NotPrincipal' in s))) continue
      const properties = { PolicyName: full, PolicyDocument: document }
      origins.member(properties, 'PolicyDocument', { value: positionOf(block.node, block.source) })
      resources[full] = { Type: 'AWS::IAM::Policy', Properties: properties }
      origins.member(resources, full, {
        key: positionOf(block.node, block.source),
        value: positionOf(block.node, block.source),
      })
      types.set(full, type)
    }
  }
}

const DOCUMENT_REFERENCE = 'data.aws_iam_policy_document.'

/**
 * Whether a text names the policy document `name` (`data.aws_iam_policy_document.NAME` with a word boundary
 * after it, as `\b` decides): the text is searched once for all the module's documents.
 */
function documentReferences(text: string): (name: string) => boolean {
  const after: number[] = []
  for (let at = text.indexOf(DOCUMENT_REFERENCE); at >= 0; at = text.indexOf(DOCUMENT_REFERENCE, at + 1))
    after.push(at + DOCUMENT_REFERENCE.length)
  const word = (c: string | undefined): boolean => c !== undefined && /\w/.test(c)
  return (name) => {
    const last = word((DOCUMENT_REFERENCE + name).at(-1))
    return after.some((at) => text.startsWith(name, at) && word(text[at + name.length]) !== last)
  }
}
