import { globMatch } from './glob.js'

/** Commercial Regions (names as AWS publishes them); a witness uses one the policy does not mention. */
const REGIONS = [
  'sa-east-1',
  'eu-west-3',
  'ap-southeast-2',
  'ca-central-1',
  'eu-north-1',
  'ap-northeast-3',
  'us-west-1',
  'af-south-1',
  'eu-south-2',
  'me-central-1',
  'ap-south-2',
  'il-central-1',
  'mx-central-1',
  'ap-southeast-7',
  'us-east-2',
  'eu-central-2',
  'ap-east-1',
  'ca-west-1',
  'us-west-2',
  'eu-west-1',
  'us-east-1',
  'ap-northeast-1',
  'eu-central-1',
  'ap-south-1',
  'eu-west-2',
  'ap-southeast-1',
  'ap-northeast-2',
  'me-south-1',
  'eu-south-1',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
]

/**
 * AWS's documented example account and key ids: a witness built from them reads as an example, where a
 * random 12-digit account makes readers ask whose account it is. Used first when the policy does not hold them.
 */
const EXAMPLE_ACCOUNT = '111122223333'
const EXAMPLE_KEYS = ['key/1234abcd-12ab-34cd-56ef-1234567890ab', 'key/mrk-1234abcd12ab34cd56ef1234567890ab']

/**
 * Realistic key ARNs that a probe stands for: each run of the fresh character in a segment is read as a
 * wildcard, and filled with a real Region name, a 12-digit account or a key id that the policy text does
 * not contain: AWS's example account and key ids first, fresh invented ones when the policy holds those.
 * Deterministic, so reports are stable from run to run.
 */
export function* realisticKeyArns(probe: string, fresh: string, policyText: string): Generator<string> {
  const [arn, partition, service, region, account, ...rest] = probe.split(':')
  const resource = rest.join(':')
  const unused = (value: string): boolean => !policyText.includes(value)
  // Seeded by the policy: stable from run to run, different from one policy to the next.
  const random = seeded(policyText)
  const regionGlob = region.split(fresh).join('*')
  const regions = region.includes(fresh)
    ? firstMatching(shuffled(REGIONS, random), (r) => globMatch(regionGlob, r) && unused(r), 4)
    : [region]
  // The example values nearly always fit: invented ones are drawn only when they do not, in the same
  // order as ever (accounts before keys), so that a witness is the same whichever candidates were needed.
  const accountGlob = account.split(fresh).join('*')
  const accountFills = once(() =>
    account.includes(fresh)
      ? fillAccounts(accountGlob, random).filter((a) => globMatch(accountGlob, a) && unused(a))
      : [],
  )
  const accounts = account.includes(fresh)
    ? candidates(
        [EXAMPLE_ACCOUNT].filter((a) => globMatch(accountGlob, a) && unused(a)),
        accountFills,
      )
    : candidates([account], () => [])
  const keyGlob = resource.split(fresh).join('*')
  const keys = resource.includes(fresh)
    ? candidates(
        EXAMPLE_KEYS.filter((k) => globMatch(keyGlob, k) && unused(k.slice(4))),
        () => {
          accountFills()
          return keyResources(random).filter((k) => globMatch(keyGlob, k) && unused(k.slice(4)))
        },
      )
    : candidates([resource], () => [])
  for (const r of regions) {
    for (let i = 0; i < 4 && accounts(i) !== undefined; i++) {
      for (let j = 0; j < 4 && keys(j) !== undefined; j++)
        yield `${arn}:${partition}:${service}:${r}:${accounts(i)}:${keys(j)}`
    }
  }
}

/** The first `count` items that pass, in order. */
function firstMatching(items: readonly string[], passes: (item: string) => boolean, count: number): string[] {
  const out: string[] = []
  for (const item of items) {
    if (out.length === count) break
    if (passes(item)) out.push(item)
  }
  return out
}

/** The i-th candidate: the given ones first, then the ones `more` draws, drawn only when asked for. */
function candidates(first: string[], more: () => string[]): (i: number) => string | undefined {
  let all: string[] | null = null
  return (i) => (i < first.length ? first[i] : (all ??= [...first, ...more()])[i])
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null
  return () => (made ??= { value: make() }).value
}

/** Twelve-digit accounts matching an account glob such as `*`, `1111*` or `????????????`. */
function fillAccounts(pattern: string, random: () => number): string[] {
  const out: string[] = []
  for (let attempt = 0; attempt < 8; attempt++) {
    const fixedLength = pattern.replace(/\*/g, '').length
    const starCount = (pattern.match(/\*/g) ?? []).length
    const spare = Math.max(0, 12 - fixedLength)
    let first = true
    const value = pattern.replace(/[*?]/g, (w) => {
      if (w === '?') return digit(random)
      const n = first ? spare - Math.floor(spare / starCount) * (starCount - 1) : Math.floor(spare / starCount)
      first = false
      return Array.from({ length: n }, () => digit(random)).join('')
    })
    if (/^\d{12}$/.test(value) && globMatch(pattern, value)) out.push(value)
  }
  return out
}

function keyResources(random: () => number): string[] {
  const hex = (n: number): string =>
    Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('')
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`
  return [`key/${uuid()}`, `key/${uuid()}`, `key/mrk-${hex(32)}`, `key/${uuid()}`, `key/mrk-${hex(32)}`]
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

function digit(random: () => number): string {
  return String(Math.floor(random() * 10))
}

/** A small deterministic generator (mulberry32) seeded from a string. */
function seeded(seed: string): () => number {
  let state = 2166136261
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619)
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
