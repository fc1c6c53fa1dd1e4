/**
 * decisions.md, "Conditions are evaluated, not guessed": a combination of condition values is a variant
 * only if some parameter values produce it. One parameter has one value; a value the user gives fixes it;
 * AllowedValues restrict it; a Default does not; pseudo parameters are free.
 */
import { describe, expect, it } from '@jest/globals'
import { Resolver, type ResolveOptions } from '../../src/cfn/resolve.js'

const TEMPLATE = {
  Parameters: {
    Env: { Type: 'String', Default: 'prod' },
    Tier: { Type: 'String', AllowedValues: ['dev', 'test'] },
    Shard: { Type: 'String', AllowedPattern: '^[a-z]+$' },
  },
  Conditions: {
    IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] },
    IsProd: { 'Fn::Equals': ['prod', { Ref: 'Env' }] },
    IsNeither: { 'Fn::Not': [{ 'Fn::Or': [{ Condition: 'IsDev' }, { Condition: 'IsProd' }] }] },
    Never: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Not': [{ Condition: 'IsProd' }] }] },
    TierProd: { 'Fn::Equals': [{ Ref: 'Tier' }, 'prod'] },
    TierDev: { 'Fn::Equals': [{ Ref: 'Tier' }, 'dev'] },
    IsEu: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] },
    ShardOne: { 'Fn::Equals': [{ Ref: 'Shard' }, 'Shard-1'] },
    Same: { 'Fn::Equals': ['a', 'a'] },
    Computed: { 'Fn::Equals': [{ 'Fn::Select': [0, { 'Fn::Split': ['-', { Ref: 'Env' }] }] }, 'dev'] },
    // No condition function: free, as a condition the template lacks; NotFree is its opposite.
    Free: {},
    NotFree: { 'Fn::Not': [{ Condition: 'Free' }] },
    AlsoFree: {},
  },
  Resources: {},
}

/** The value of each variant of a node, as a set: which combinations exist, not in which order they come. */
function outcomes(node: unknown, options: Partial<ResolveOptions> = {}): string[] {
  const resolver = new Resolver(TEMPLATE, { parameters: {}, partition: 'aws', ...options })
  const resolution = resolver.resolve(node, ['Node'])
  expect(resolution.capped).toBe(false)
  return [...new Set(resolution.variants.map((v) => (v.value as string[]).join(' ')))].sort()
}

const pick = (condition: string): unknown => ({ 'Fn::If': [condition, `${condition}=true`, `${condition}=false`] })

describe('conditions are formulas over parameters', () => {
  it('a value given by the user fixes the parameter: IsDev is false with Env=prod, and only that variant exists', () => {
    expect(outcomes([pick('IsDev')], { parameters: { Env: 'prod' } })).toEqual(['IsDev=false'])
    expect(outcomes([pick('IsDev')], { parameters: { Env: 'dev' } })).toEqual(['IsDev=true'])
  })

  it('two Equals of one parameter against different values are never both true', () => {
    expect(outcomes([pick('IsDev'), pick('IsProd')])).toEqual([
      'IsDev=false IsProd=false',
      'IsDev=false IsProd=true',
      'IsDev=true IsProd=false',
    ])
  })

  it('a free condition is one value wherever it is read: Fn::Not of it is its opposite, another free one is its own', () => {
    expect(outcomes([pick('Free'), pick('NotFree')])).toEqual(['Free=false NotFree=true', 'Free=true NotFree=false'])
    expect(outcomes([pick('NotFree'), pick('AlsoFree')])).toHaveLength(4)
  })

  it('Fn::And [IsProd, Fn::Not IsProd] is never true', () => {
    expect(outcomes([pick('Never')])).toEqual(['Never=false'])
  })

  it('Fn::Not, Fn::Or and Condition references combine: IsNeither holds exactly when Env is neither value', () => {
    expect(outcomes([pick('IsNeither'), pick('IsDev'), pick('IsProd')])).toEqual([
      'IsNeither=false IsDev=false IsProd=true',
      'IsNeither=false IsDev=true IsProd=false',
      'IsNeither=true IsDev=false IsProd=false',
    ])
  })

  it('a Default does not restrict conditions: with Default prod, IsDev is still possible', () => {
    expect(outcomes([pick('IsDev')])).toEqual(['IsDev=false', 'IsDev=true'])
  })

  it('AllowedValues restrict the parameter: TierProd is never true when prod is not allowed', () => {
    expect(outcomes([pick('TierProd'), pick('TierDev')])).toEqual([
      'TierProd=false TierDev=false',
      'TierProd=false TierDev=true',
    ])
  })

  it('an AllowedPattern that rejects the compared value makes the condition false', () => {
    expect(outcomes([pick('ShardOne')])).toEqual(['ShardOne=false'])
  })

  it('pseudo parameters are free: IsEu takes both values', () => {
    expect(outcomes([pick('IsEu')])).toEqual(['IsEu=false', 'IsEu=true'])
  })

  it('Equals of two literals is decided: Same is always true', () => {
    expect(outcomes([pick('Same')])).toEqual(['Same=true'])
  })

  it('a comparison of values computed by functions is not evaluated: both outcomes stay possible', () => {
    expect(outcomes([pick('Computed')], { parameters: { Env: 'prod' } })).toEqual(['Computed=false', 'Computed=true'])
  })

  it('the variant names the condition and the branch it took', () => {
    const resolver = new Resolver(TEMPLATE, { parameters: { Env: 'dev' }, partition: 'aws' })
    const [variant, ...rest] = resolver.resolve(pick('IsDev'), ['Node']).variants
    expect(rest).toEqual([])
    expect(variant?.choices).toEqual([{ kind: 'condition', name: 'IsDev', branch: true }])
  })

  it('impossible combinations do not use up the variant cap', () => {
    // Five conditions on one parameter: six possible worlds (one per value, and any other value), not 32.
    const template = {
      Parameters: { Stage: { Type: 'String' } },
      Conditions: Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e'].map((v) => [v, { 'Fn::Equals': [{ Ref: 'Stage' }, v] }]),
      ),
      Resources: {},
    }
    const node = ['a', 'b', 'c', 'd', 'e'].map((c) => ({ 'Fn::If': [c, c, '-'] }))
    const resolution = new Resolver(template, { parameters: {}, partition: 'aws', maxVariants: 6 }).resolve(node, [
      'Node',
    ])
    expect(resolution.capped).toBe(false)
    expect(resolution.variants.map((v) => (v.value as string[]).join('')).sort()).toEqual([
      '-----',
      '----e',
      '---d-',
      '--c--',
      '-b---',
      'a----',
    ])
  })
})

describe('the Condition of the resource that holds a node', () => {
  it('a resource whose Condition can never hold has no variant', () => {
    const resolver = new Resolver(TEMPLATE, { parameters: {}, partition: 'aws' })
    expect(resolver.resolve('*', ['Node'], { condition: 'Never' }).variants).toEqual([])
  })

  it('otherwise it exists only where its Condition holds, and the variant names it', () => {
    const resolver = new Resolver(TEMPLATE, { parameters: {}, partition: 'aws' })
    const resolution = resolver.resolve(pick('IsProd'), ['Node'], { condition: 'IsDev' })
    expect(resolution.variants.map((v) => v.value)).toEqual(['IsProd=false'])
    expect(resolution.variants[0]?.choices).toEqual([
      { kind: 'condition', name: 'IsDev', branch: true },
      { kind: 'condition', name: 'IsProd', branch: false },
    ])
  })
})
