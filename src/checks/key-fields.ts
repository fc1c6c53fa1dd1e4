import type { KeyResource } from '../cfn/extract.js'
import type { Path, Position } from '../cfn/load.js'
import { display } from '../cfn/markers.js'
import type { Choice, Origins } from '../cfn/resolve.js'
import type { Verdict } from '../iam/judge.js'
import { UNKNOWN } from '../iam/policy.js'
import { isObject } from '../util/object.js'
import { variantFields, type CheckContext } from './context.js'
import type { FindingFields, VariantFields } from './rule.js'

/**
 * Shared by the rules on `AWS::KMS::Key`/`ReplicaKey` resources (KMS.3, KMS.4, KMS.5): their fields
 * resolved in every possible world of the template, and findings placed on a field's line.
 */

/** A resource attribute (`DeletionPolicy`) or a property (`EnableKeyRotation`). */
export type FieldPlace = 'attribute' | 'property'

/** Some fields of a key in one possible world: absent fields (and `AWS::NoValue`) are missing from `values`. */
export interface KeyFields {
  values: Record<string, unknown>
  choices: Choice[]
  unresolved: string[]
  /** Where each resolved object came from, to point at a statement of a key policy. */
  origin: Origins
}

/**
 * The named fields of a key in every variant (each `Fn::If` branch, parameter value, mapping entry).
 * They are resolved together, so one condition takes the same branch in all of them.
 */
export function resolveKeyFields(
  context: CheckContext,
  key: KeyResource,
  place: FieldPlace,
  names: readonly string[],
): KeyFields[] {
  const owner = ownerOf(key, place)
  const present = Object.fromEntries(names.filter((name) => name in owner).map((name) => [name, owner[name]]))
  const resolution = context.resolver.resolve(present, ownerPath(key, place))
  return resolution.variants.map((v) => ({
    values: isObject(v.value) ? v.value : {},
    choices: v.choices,
    unresolved: v.unresolved,
    origin: resolution.origin,
  }))
}

/** The source path of a field, written or not. */
export function fieldPath(key: KeyResource, place: FieldPlace, name: string): Path {
  return [...ownerPath(key, place), name]
}

/** A field as written in the template, before intrinsics are resolved. */
function fieldNode(key: KeyResource, place: FieldPlace, name: string): unknown {
  return ownerOf(key, place)[name]
}

/** Where a finding about a field points: the field's key, or the resource's logical id when the field is absent. */
export function fieldPosition(context: CheckContext, key: KeyResource, place: FieldPlace, name: string): Position {
  const path = fieldNode(key, place, name) !== undefined ? fieldPath(key, place, name) : key.path
  return context.document.locate(path, { key: true })
}

function ownerOf(key: KeyResource, place: FieldPlace): Record<string, unknown> {
  if (place === 'attribute') return key.resource
  const properties = key.resource['Properties']
  return isObject(properties) ? properties : {}
}

function ownerPath(key: KeyResource, place: FieldPlace): Path {
  return place === 'attribute' ? key.path : [...key.path, 'Properties']
}

/** The first item that fails, else the first whose verdict is unknown; null when every item passes. */
export function worst<T>(
  items: readonly T[],
  verdictOf: (item: T) => Verdict,
): { item: T; verdict: 'fail' | 'unknown' } | null {
  let unknown: T | undefined
  for (const item of items) {
    const verdict = verdictOf(item)
    if (verdict === 'fail') return { item, verdict }
    if (verdict === 'unknown' && unknown === undefined) unknown = item
  }
  return unknown === undefined ? null : { item: unknown, verdict: 'unknown' }
}

/** Where a finding about a key stands: at `at`, in the variant that produced it (no statement yet). */
export function keyPlace(
  context: CheckContext,
  at: Position,
  key: KeyResource,
  variant: Pick<KeyFields, 'choices' | 'unresolved'>,
): Pick<FindingFields, 'file' | 'at' | 'resource' | 'resourceType'> & { variant: VariantFields } {
  return { file: context.file, at, resource: key.logicalId, resourceType: key.type, variant: variantFields(variant) }
}

/** `Key DataKey`, `ReplicaKey EuKey`. */
export function keyLabel(key: KeyResource): string {
  return `${key.type.split('::').pop()} ${key.logicalId}`
}

/** Whether a resolved value holds something known only at deploy time. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && value.includes(UNKNOWN)
}

/** A resolved value the way the author wrote it: `"true"`, `false`, `${AWS::AccountId}`. */
export function displayValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(display(value)) : display(String(JSON.stringify(value)))
}

/** A fix written in the template's own format: short-form YAML or JSON. */
export function inFormat(context: CheckContext, yaml: string, json: string): string {
  return context.document.format === 'json' ? json : yaml
}
