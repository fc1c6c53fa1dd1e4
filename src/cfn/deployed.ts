import { isObject } from '../util/object.js'
import type { LoadedDocument, Path } from './load.js'

/** Something the template says that CloudFormation reads differently from how it looks, at its place. */
export interface TemplateNote {
  path: Path
  /** Point at the key rather than its value. */
  key?: boolean
  level: 'warning' | 'note'
  message: string
}

/** The template the way the deploy path turns it into resources, and where each generated part is written. */
export interface DeployedTemplate {
  /** Same format and source as the loaded one; its data is the expanded template, its places the source's. */
  document: LoadedDocument
  template: Record<string, unknown>
  notes: TemplateNote[]
}

/**
 * Applies what runs before CloudFormation creates resources: the AWS::LanguageExtensions transform's
 * `Fn::ForEach` loops, then SAM's Globals. Nothing is copied when a template uses neither.
 */
export function asDeployed(
  document: LoadedDocument,
  template: Record<string, unknown>,
  parameters: Readonly<Record<string, string>>,
): DeployedTemplate {
  const places = new Places()
  const notes: TemplateNote[] = []
  let expanded = template
  if (declaresTransform(template, 'AWS::LanguageExtensions'))
    expanded = new Loops(expanded, parameters, places, notes).expandSections()
  expanded = withoutInclude(expanded, notes)
  expanded = withGlobals(expanded, places)
  if (expanded === template) return { document, template, notes }
  return {
    document: { ...document, data: expanded, locate: (path, options) => document.locate(places.source(path), options) },
    template: expanded,
    notes,
  }
}

function declaresTransform(template: Record<string, unknown>, name: string): boolean {
  const transform = template['Transform']
  return transform === name || (Array.isArray(transform) && transform.includes(name))
}

/** Generated places and the source places they were written at: the longest matching prefix wins. */
class Places {
  private readonly rules: { generated: Path; source: Path }[] = []

  add(generated: Path, source: Path): void {
    if (!samePath(generated, source)) this.rules.push({ generated, source })
  }

  source(path: Path): Path {
    let best: { generated: Path; source: Path } | null = null
    for (const rule of this.rules) {
      if (
        rule.generated.length <= path.length &&
        (!best || rule.generated.length > best.generated.length) &&
        samePath(rule.generated, path.slice(0, rule.generated.length))
      )
        best = rule
    }
    return best ? [...best.source, ...path.slice(best.generated.length)] : path
  }
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i])
}

/** Sections where CloudFormation expands `Fn::ForEach`. */
const LOOP_SECTIONS = ['Conditions', 'Resources', 'Outputs']
/** `${Name}` and `&{Name}` in a key or a `Fn::Sub` text. */
const PLACEHOLDER = /([$&])\{([A-Za-z0-9.:]+)\}/g

/**
 * `Fn::ForEach::<Loop>: [Identifier, Collection, {OutputKey: OutputValue}]` becomes one OutputKey per item
 * of the collection, `${Identifier}` (and `&{Identifier}`, alphanumerics only) replaced in keys and
 * `Fn::Sub` texts and `Ref: Identifier` replaced by the item, as the transform does.
 */
class Loops {
  constructor(
    private readonly template: Record<string, unknown>,
    private readonly parameters: Readonly<Record<string, string>>,
    private readonly places: Places,
    private readonly notes: TemplateNote[],
  ) {}

  expandSections(): Record<string, unknown> {
    let out: Record<string, unknown> | null = null
    for (const section of LOOP_SECTIONS) {
      const node = this.template[section]
      const expanded = this.expand(node, [section], [section], new Map())
      if (expanded !== node) (out ??= { ...this.template })[section] = expanded
    }
    return out ?? this.template
  }

  private expand(node: unknown, generated: Path, source: Path, scope: ReadonlyMap<string, string>): unknown {
    // Outside a loop's body only loops change anything: a part without one is left as it is, unwalked.
    if (scope.size === 0 && !holdsLoop(node)) return node
    if (Array.isArray(node)) {
      const items = node as unknown[]
      let out: unknown[] | null = null
      items.forEach((item, i) => {
        const v = this.expand(item, [...generated, i], [...source, i], scope)
        if (v !== item) (out ??= [...items])[i] = v
      })
      return out ?? node
    }
    if (!isObject(node)) return node
    if (scope.size > 0) {
      const replaced = substituted(node, scope)
      if (replaced !== undefined) return replaced
    }
    let out: Record<string, unknown> | null = null
    for (const [key, value] of Object.entries(node)) {
      if (isLoop(key)) {
        out ??= copyBefore(node, key)
        this.loop(key, value, out, generated, [...source, key], scope)
        continue
      }
      const name = scope.size > 0 ? inKey(key, scope) : key
      const v = this.expand(value, [...generated, name], [...source, key], scope)
      if (name !== key) this.places.add([...generated, name], [...source, key])
      if (out === null && (v !== value || name !== key)) out = copyBefore(node, key)
      if (out !== null) out[name] = v
    }
    return out ?? node
  }

  private loop(
    key: string,
    value: unknown,
    out: Record<string, unknown>,
    generated: Path,
    source: Path,
    scope: ReadonlyMap<string, string>,
  ): void {
    if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isObject(value[2])) {
      this.notes.push({
        path: source,
        key: true,
        level: 'warning',
        message: `${key} is not [Identifier, Collection, {OutputKey: OutputValue}], so CloudFormation rejects it; what it would generate is not judged`,
      })
      return
    }
    const [identifier, collection, body] = value as [string, unknown, Record<string, unknown>]
    const items = this.items(collection, scope)
    if (items === null) {
      this.notes.push({
        path: [...source, 1],
        level: 'note',
        message: `the collection of ${key} is not known offline (give its parameter a value), so what the loop generates is judged once, with ${identifier} unresolved`,
      })
    }
    for (const item of items ?? [null]) {
      const inner = item === null ? scope : new Map(scope).set(identifier, item)
      for (const [outputKey, outputValue] of Object.entries(body)) {
        // A loop inside the body adds its own outputs to the same mapping.
        if (isLoop(outputKey)) {
          this.loop(outputKey, outputValue, out, generated, [...source, 2, outputKey], inner)
          continue
        }
        const name = inKey(outputKey, inner)
        const at: Path = [...source, 2, outputKey]
        this.places.add([...generated, name], at)
        out[name] = this.expand(outputValue, [...generated, name], at, inner)
      }
    }
  }

  /** The collection's items: a literal list, or a list parameter's values (given, else allowed, else default). */
  private items(collection: unknown, scope: ReadonlyMap<string, string>): string[] | null {
    const resolved = scope.size > 0 ? (substituted(collection, scope) ?? collection) : collection
    if (Array.isArray(resolved)) return resolved.every(isScalar) ? resolved.map(String) : null
    if (!isObject(resolved) || typeof resolved['Ref'] !== 'string') return null
    const name = resolved['Ref']
    const parameters = this.template['Parameters']
    const parameter = isObject(parameters) ? parameters[name] : undefined
    if (!isObject(parameter)) return null
    const given = this.parameters[name]
    if (given !== undefined) return splitList(given)
    const allowed = parameter['AllowedValues']
    if (Array.isArray(allowed) && allowed.length > 0 && allowed.every(isScalar))
      return allowed.flatMap((v) => splitList(String(v)))
    const fallback = parameter['Default']
    if (Array.isArray(fallback)) return fallback.every(isScalar) ? fallback.map(String) : null
    return isScalar(fallback) ? splitList(String(fallback)) : null
  }
}

function isLoop(key: string): boolean {
  return key.startsWith('Fn::ForEach::')
}

/** Whether an `Fn::ForEach::` key stands anywhere in the node (a walk that makes nothing). */
function holdsLoop(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false
  if (Array.isArray(node)) return node.some(holdsLoop)
  for (const key in node) if (isLoop(key) || holdsLoop((node as Record<string, unknown>)[key])) return true
  return false
}

/** `Ref: Identifier` and `Fn::Sub` texts with the loop's items in place; undefined for any other node. */
function substituted(node: unknown, scope: ReadonlyMap<string, string>): unknown {
  if (!isObject(node)) return undefined
  const keys = Object.keys(node)
  if (keys.length !== 1) return undefined
  const value = node[keys[0]]
  if (keys[0] === 'Ref' && typeof value === 'string' && scope.has(value)) return scope.get(value)
  if (keys[0] !== 'Fn::Sub') return undefined
  if (typeof value === 'string') {
    const text = inText(value, scope)
    return text === value ? undefined : { 'Fn::Sub': text }
  }
  if (Array.isArray(value) && typeof value[0] === 'string') {
    const text = inText(value[0], scope)
    return text === value[0] ? undefined : { 'Fn::Sub': [text, ...(value.slice(1) as unknown[])] }
  }
  return undefined
}

function inText(text: string, scope: ReadonlyMap<string, string>): string {
  return text.replace(PLACEHOLDER, (all, sign: string, name: string) => {
    const item = scope.get(name)
    if (item === undefined) return all
    return sign === '$' ? item : item.replace(/[^0-9A-Za-z]/g, '')
  })
}

const inKey = inText

function copyBefore(node: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(node)) {
    if (k === key) break
    out[k] = node[k]
  }
  return out
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

function splitList(value: string): string[] {
  return value.split(',').map((v) => v.trim())
}

const INCLUDE = 'Fn::Transform'

/**
 * `Fn::Transform` among the resources (AWS::Include, or a macro) adds resources at deploy time from a file
 * CloudFormation fetches then: it is not a resource, and what it adds cannot be judged offline, so it is
 * taken out with a note rather than reported as a resource without a Type.
 */
function withoutInclude(template: Record<string, unknown>, notes: TemplateNote[]): Record<string, unknown> {
  const resources = template['Resources']
  if (!isObject(resources) || !(INCLUDE in resources)) return template
  const { [INCLUDE]: transform, ...rest } = resources
  const name = isObject(transform) && typeof transform['Name'] === 'string' ? transform['Name'] : 'a transform'
  const parameters = isObject(transform) && isObject(transform['Parameters']) ? transform['Parameters'] : {}
  const from = typeof parameters['Location'] === 'string' ? ` from ${parameters['Location']}` : ''
  notes.push({
    path: ['Resources', INCLUDE],
    key: true,
    level: 'note',
    message: `the resources ${name} adds${from} at deploy time are not judged: CloudFormation fetches them when it deploys (scan that file on its own)`,
  })
  return { ...template, Resources: rest }
}

/**
 * SAM's Globals, merged into each `AWS::Serverless::*` resource as the SAM translator merges them:
 * mappings key by key (the resource's value wins), lists concatenated (Globals first), any other value
 * (an intrinsic function included) taken from the resource. `IgnoreGlobals` is honoured.
 */
function withGlobals(template: Record<string, unknown>, places: Places): Record<string, unknown> {
  const globals = template['Globals']
  const resources = template['Resources']
  if (!isObject(globals) || !isObject(resources)) return template
  let out: Record<string, unknown> | null = null
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (
      !isObject(resource) ||
      typeof resource['Type'] !== 'string' ||
      !resource['Type'].startsWith('AWS::Serverless::')
    )
      continue
    const section = resource['Type'].slice('AWS::Serverless::'.length)
    const global = applicable(globals[section], resource['IgnoreGlobals'])
    if (!global) continue
    const local = isObject(resource['Properties']) ? resource['Properties'] : {}
    const generated = ['Resources', logicalId, 'Properties']
    const merged = mergeGlobal(global, local, generated, ['Globals', section], places)
    out ??= { ...resources }
    out[logicalId] = { ...resource, Properties: merged }
  }
  return out ? { ...template, Resources: out } : template
}

function applicable(global: unknown, ignore: unknown): Record<string, unknown> | null {
  if (!isObject(global) || ignore === '*') return ignore === '*' ? null : isObject(global) ? global : null
  if (!Array.isArray(ignore)) return global
  return Object.fromEntries(Object.entries(global).filter(([key]) => !ignore.includes(key)))
}

function mergeGlobal(global: unknown, local: unknown, generated: Path, source: Path, places: Places): unknown {
  const kind = shapeOf(global)
  if (kind !== shapeOf(local) || kind === 'value') return local
  if (kind === 'list') {
    const globalItems = global as unknown[]
    const localItems = local as unknown[]
    // The resource's own items move back by the number of global ones: their places are looked up first.
    const moved = localItems.map((_, i) => places.source([...generated, i]))
    moved.forEach((at, i) => places.add([...generated, globalItems.length + i], at))
    globalItems.forEach((_, i) => places.add([...generated, i], [...source, i]))
    return [...globalItems, ...localItems]
  }
  const out: Record<string, unknown> = {}
  const globalMap = global as Record<string, unknown>
  const localMap = local as Record<string, unknown>
  for (const [key, value] of Object.entries(globalMap)) {
    if (key in localMap) continue
    places.add([...generated, key], [...source, key])
    out[key] = value
  }
  for (const [key, value] of Object.entries(localMap)) {
    out[key] =
      key in globalMap ? mergeGlobal(globalMap[key], value, [...generated, key], [...source, key], places) : value
  }
  return out
}

/** SAM merges by these shapes; an intrinsic function counts as a plain value. */
function shapeOf(value: unknown): 'map' | 'list' | 'value' {
  if (Array.isArray(value)) return 'list'
  if (!isObject(value)) return 'value'
  const keys = Object.keys(value)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || keys[0] === 'Condition')
    ? 'value'
    : 'map'
}
