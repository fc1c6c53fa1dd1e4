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
 * Deterministic, so reports are stable from run to run. The probe is a key ARN of `partition`
 * (`arn:<partition>:kms:...`), whose head is written anew rather than cut from the probe: the fresh character
 * lies beyond Latin-1, so V8 stores the probe, and every piece cut from it, two bytes a character, and so
 * would be the witness and every message that quotes it (8% of a finding's memory on the worst case).
 */
export function* realisticKeyArns(
  probe: string,
  fresh: string,
  policyText: string,
  partition: string,
): Generator<string> {
  const [, , , region, account, ...rest] = probe.split(':')
  const resource = rest.join(':')
  const unused = (value: string): boolean => !policyText.includes(value)
  // Seeded by the policy: stable from run to run, different from one policy to the next.
  const random = seeded(policyText)
  const regionGlob = globOf(region, fresh)
  const regions = region.includes(fresh)
    ? firstMatching(shuffled(REGIONS, random), (r) => globMatch(regionGlob, r) && unused(r), 4)
    : [region]
  // The example values nearly always fit: invented ones are drawn only when they do not, in the same
  // order as ever (accounts before keys), so that a witness is the same whichever candidates were needed.
  const accountGlob = globOf(account, fresh)
  const accountFills = once(() =>
    account.includes(fresh)
      ? fillAccounts(account, fresh, random).filter((a) => globMatch(accountGlob, a) && unused(a))
      : [],
  )
  const accounts = account.includes(fresh)
    ? candidates(
        [EXAMPLE_ACCOUNT].filter((a) => globMatch(accountGlob, a) && unused(a)),
        accountFills,
      )
    : candidates([account], () => [])
  const keyGlob = globOf(resource, fresh)
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
      for (let j = 0; j < 4 && keys(j) !== undefined; j++) yield `arn:${partition}:kms:${r}:${accounts(i)}:${keys(j)}`
    }
  }
}

/**
 * A probe segment as a glob: each run of the fresh character one `*`, since a run of stars matches just
 * what one does, and one star at the end (`*`, `key/*`, most segments) is the matcher's quick prefix test.
 */
function globOf(segment: string, fresh: string): string {
  const first = segment.indexOf(fresh)
  if (first < 0) return segment
  let last = first + 1
  while (last < segment.length && segment[last] === fresh) last++
  if (last === segment.length) return `${segment.slice(0, first)}*`
  return segment
    .split(fresh)
    .join('*')
    .replace(/\*{2,}/g, '*')
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

/**
 * Twelve-digit accounts for an account segment whose fresh characters are wildcards (`1111` and eight, or
 * twelve of them): each takes an equal share of the digits the fixed part leaves, the first the remainder.
 * Eight draws, each taking the same random values whether or not it makes a valid account.
 */
function fillAccounts(segment: string, fresh: string, random: () => number): string[] {
  let stars = 0
  let digits = true
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i)
    if (c === fresh.charCodeAt(0)) stars++
    else if (c < ZERO || c > NINE) digits = false
  }
  const spare = Math.max(0, 12 - (segment.length - stars))
  const share = Math.floor(spare / stars)
  const valid = digits && segment.length - stars <= 12
  const out: string[] = []
  for (let attempt = 0; attempt < 8; attempt++) {
    let value = ''
    let first = true
    for (let i = 0; i < segment.length; i++) {
      if (segment[i] !== fresh) {
        value += segment[i]
        continue
      }
      const count = first ? spare - share * (stars - 1) : share
      first = false
      for (let n = 0; n < count; n++) value += digit(random)
    }
    if (valid) out.push(value)
  }
  return out
}

const ZERO = 48
const NINE = 57

/** Five invented key resources: three single-Region key ids and two multi-Region ones, in a fixed draw order. */
function keyResources(random: () => number): string[] {
  const hex = (n: number): string => {
    let out = ''
    for (let i = 0; i < n; i++) out += HEX[Math.floor(random() * 16)]
    return out
  }
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`
  return [`key/${uuid()}`, `key/${uuid()}`, `key/mrk-${hex(32)}`, `key/${uuid()}`, `key/mrk-${hex(32)}`]
}

const HEX = '0123456789abcdef'

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const swapped = out[i]
    out[i] = out[j]
    out[j] = swapped
  }
  return out
}

function digit(random: () => number): string {
  return HEX[Math.floor(random() * 10)]
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
