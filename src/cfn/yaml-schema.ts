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
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`
  let value = kind === 'scalar' && data === null ? '' : data
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    value = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)]
  }
  return { [key]: value }
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
