import { globMatch, hasWildcard, QUESTION, STAR } from './glob.js'
import { perPattern } from './memo.js'

/**
 * Every KMS action, from the Service Authorization Reference as published in iam-data 0.21.202609261
 * (dated 2026-09-26). "Full KMS access" is judged against this list; a newer action only matters to a
 * policy that names actions one by one, since `kms:*` and `*` cover it anyway.
 */
export const KMS_ACTIONS: readonly string[] = [
  'CancelKeyDeletion',
  'ConnectCustomKeyStore',
  'CreateAlias',
  'CreateCustomKeyStore',
  'CreateGrant',
  'CreateKey',
  'Decrypt',
  'DeleteAlias',
  'DeleteCustomKeyStore',
  'DeleteImportedKeyMaterial',
  'DeriveSharedSecret',
  'DescribeCustomKeyStores',
  'DescribeKey',
  'DisableKey',
  'DisableKeyRotation',
  'DisconnectCustomKeyStore',
  'EnableKey',
  'EnableKeyRotation',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GenerateRandom',
  'GetKeyLastUsage',
  'GetKeyPolicy',
  'GetKeyRotationStatus',
  'GetParametersForImport',
  'GetPublicKey',
  'ImportKeyMaterial',
  'ListAliases',
  'ListGrants',
  'ListKeyPolicies',
  'ListKeyRotations',
  'ListKeys',
  'ListResourceTags',
  'ListRetirableGrants',
  'PutKeyPolicy',
  'ReEncryptFrom',
  'ReEncryptTo',
  'ReplicateKey',
  'RetireGrant',
  'RevokeGrant',
  'RotateKeyOnDemand',
  'ScheduleKeyDeletion',
  'Sign',
  'SynchronizeMultiRegionKey',
  'TagResource',
  'UntagResource',
  'UpdateAlias',
  'UpdateCustomKeyStore',
  'UpdateKeyDescription',
  'UpdatePrimaryRegion',
  'Verify',
  'VerifyMac',
].map((name) => `kms:${name}`)

/** The actions Security Hub KMS.1/KMS.2 block: decryption, directly or by re-encrypting. */
export const BLOCKED_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const
export type BlockedAction = (typeof BLOCKED_ACTIONS)[number]

/**
 * Whether an action pattern as written in a policy matches a concrete action. Names are case
 * insensitive; the glob runs over the whole `service:action` string, so `*:Decrypt` matches too
 * (conservative). A pattern with white space or an empty part matches nothing, as IAM does.
 */
export function actionMatches(pattern: string, action: string): boolean {
  if (namesAnotherService(pattern, action)) return false
  let folded = foldedPatterns.get(pattern)
  if (folded === undefined) {
    folded = malformedAction(pattern) === null ? pattern.toLowerCase() : null
    if (foldedPatterns.size > 10_000) foldedPatterns.clear()
    foldedPatterns.set(pattern, folded)
  }
  return folded !== null && globMatch(folded, lowerAction(action))
}

/**
 * True when the pattern's service prefix has no wildcard and is not the action's: it cannot match. Most
 * patterns are settled here, before any lower-casing or lookup; text outside ASCII is left to the glob.
 */
function namesAnotherService(pattern: string, action: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charCodeAt(i)
    const a = action.charCodeAt(i)
    if (p === STAR || p === QUESTION || p > 127 || a > 127) return false
    if (p === COLON) return a !== COLON
    const letter = p | 32
    if (p !== a && !(letter >= 97 && letter <= 122 && letter === (a | 32))) return true
  }
  return false
}

const COLON = 58

const loweredActions = new Map<string, string>()

function lowerAction(action: string): string {
  let lowered = loweredActions.get(action)
  if (lowered === undefined) {
    lowered = action.toLowerCase()
    if (loweredActions.size < 1000) loweredActions.set(action, lowered)
  }
  return lowered
}

/** Which of KMS_ACTIONS (by index) a pattern matches: full access asks this of every pattern for every action. */
export const kmsActionsMatched = perPattern((pattern: string): readonly boolean[] =>
  KMS_ACTIONS.map((action) => actionMatches(pattern, action)),
)

/** Lower-cased patterns (null when malformed): the same few patterns are matched thousands of times. */
const foldedPatterns = new Map<string, string | null>()

/** Why IAM would reject this action pattern, or null when it is well formed. */
export function malformedAction(pattern: string): string | null {
  if (pattern === '*') return null
  if (/\s/.test(pattern)) return `action "${pattern}" contains white space and matches no action`
  const colon = pattern.indexOf(':')
  if (colon <= 0 || colon === pattern.length - 1) {
    return `action "${pattern}" is not of the form service:action and matches no action`
  }
  return null
}

/** A wildcard in the service part of an action (`*:Decrypt`) is undocumented; we let it match. */
export function serviceWildcard(pattern: string): boolean {
  const colon = pattern.indexOf(':')
  return colon > 0 && hasWildcard(pattern.slice(0, colon))
}
