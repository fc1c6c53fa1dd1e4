import yaml from 'js-yaml'

/**
 * CloudFormation's short-form tags, in scalar, sequence and mapping form, turned into the long form
 * (`!Sub x` → `{"Fn::Sub": "x"}`, `!GetAtt A.B.C` → `{"Fn::GetAtt": ["A", "B.C"]}`); an unknown `!Foo`
 * becomes `Fn::Foo`, as the AWS CLI does. Built on the core schema so `Version: 2012-10-17` stays a
 * string. We write this instead of using cloudformation-js-yaml-schema, which throws under js-yaml 4
 * on valid templates and never produces the long form (docs/development.md, "Why our own YAML schema").
 */
function shortFormTag(kind: 'scalar' | 'sequence' | 'mapping'): yaml.Type {
  return new yaml.Type('!', {
    kind,
    multi: true,
    construct: (data: unknown, tag?: string) => longForm((tag ?? '!').slice(1), kind, data),
  })
}

/**
 * What the short-form tag `!name` makes of the node it stands on (of `kind`, holding `data`): also used by
 * our own YAML reader (yaml-reader.ts), so both readers build the same long form.
 */
export function longForm(
  name: string,
  kind: 'scalar' | 'sequence' | 'mapping',
  data: unknown,
): Record<string, unknown> {
  let value = kind === 'scalar' && data === null ? '' : data
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    value = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)]
  }
  return wrapped(name, value)
}

/**
 * `{ [key]: value }` for the functions templates use, written out: an object literal with a fixed key is made
 * many times faster than one with a computed key (longForm runs for every tag of every template).
 */
function wrapped(name: string, value: unknown): Record<string, unknown> {
  switch (name) {
    case 'Ref':
      return { Ref: value }
    case 'Condition':
      return { Condition: value }
    case 'Sub':
      return { 'Fn::Sub': value }
    case 'GetAtt':
      return { 'Fn::GetAtt': value }
    case 'Join':
      return { 'Fn::Join': value }
    case 'If':
      return { 'Fn::If': value }
    case 'Equals':
      return { 'Fn::Equals': value }
    case 'Not':
      return { 'Fn::Not': value }
    case 'And':
      return { 'Fn::And': value }
    case 'Or':
      return { 'Fn::Or': value }
    case 'Select':
      return { 'Fn::Select': value }
    case 'Split':
      return { 'Fn::Split': value }
    case 'FindInMap':
      return { 'Fn::FindInMap': value }
    case 'GetAZs':
      return { 'Fn::GetAZs': value }
    case 'ImportValue':
      return { 'Fn::ImportValue': value }
    case 'Base64':
      return { 'Fn::Base64': value }
    case 'Cidr':
      return { 'Fn::Cidr': value }
  }
  return { [`Fn::${name}`]: value }
}

/**
 * YAML 1.1 merge keys (`<<: *anchor`) are expanded, as the packaging tools do before upload. js-yaml
 * merges any key of this tag; its own merge type is not in the typed exports, so it is declared here.
 */
const mergeKey = new yaml.Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (data: unknown) => data === '<<' })

export const CFN_SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [mergeKey],
  explicit: [shortFormTag('scalar'), shortFormTag('sequence'), shortFormTag('mapping')],
})
