import { createHash } from 'node:crypto'

/** What a scan reports: findings, errors and the rules behind them. Shared by every stage and renderer. */

export type Level = 'error' | 'warning' | 'note'
export const LEVELS: readonly Level[] = ['error', 'warning', 'note']

/** How far a decrypt grant reaches (decisions.md): the level of a KMS.1/KMS.2 finding follows it. */
export type Scope = 'all-keys' | 'any-account' | 'account-wide' | 'unresolved'

export interface Finding {
  ruleId: string
  level: Level
  scope: Scope | null
  /** Relative to the working directory, with `/` separators. */
  file: string
  /** The statement (or property) that grants the access; 1-based. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The Resource or NotResource element that opens a decrypt grant up, when there is one. */
  resourceLine: number | null
  resourceColumn: number | null
  resource: string
  resourceType: string
  policy: string | null
  /** Index in the policy's Statement list, from 0. */
  statement: number | null
  sid: string | null
  /** The statement's actions as written (`kms:*`), or its NotAction list prefixed with `NotAction `. */
  actions: string[]
  /** Which blocked actions the statement grants (`kms:Decrypt`, `kms:ReEncryptFrom`). */
  grants: string[]
  /** A concrete key ARN the policy allows decryption with, checked against the policy. */
  witness: string | null
  /** The `Fn::If` conditions and branches of the worst variant, e.g. `IsProd=false`. */
  condition: string | null
  /** Parameter values the verdict depends on. */
  parameters: Record<string, string>
  /** Mapping entries used where a FindInMap key is known only at deploy time, e.g. `RegionMap/eu-west-1/Key`. */
  mappings: string[]
  /** IAM condition keys on the statement (they are ignored: the finding says so). */
  conditionKeys: string[]
  /** What could not be resolved offline. */
  unresolved: string[]
  title: string
  message: string
  fix: string
  /**
   * What the finding is about, independent of where it stands (the statement's content, the key
   * property): with rule, file, resource and policy it makes the fingerprint that matches a finding
   * across commits even when lines move.
   */
  basis?: string
  /** Stable identity across commits (set by the scan); pre-existing findings are matched by it. */
  fingerprint?: string
  /** The suppression that names this finding: active (the finding is listed apart) or expired. */
  suppression?: SuppressionNote
}

/**
 * Rule, file, resource, policy and what the finding is about (its statement's content, or its title):
 * the same finding on another commit, whatever lines moved. Matches baselines and SARIF alerts.
 */
export function fingerprintOf(f: Finding): string {
  return createHash('sha256')
    .update(JSON.stringify([f.ruleId, f.file, f.resource, f.policy, f.basis ?? f.title]))
    .digest('hex')
    .slice(0, 32)
}

/**
 * A finding about a place in the template rather than a policy statement (a suppression, a template
 * construct): every statement field empty.
 */
export function placeFinding(
  fields: Pick<
    Finding,
    | 'ruleId'
    | 'level'
    | 'file'
    | 'line'
    | 'column'
    | 'endLine'
    | 'endColumn'
    | 'resource'
    | 'resourceType'
    | 'title'
    | 'message'
    | 'fix'
    | 'basis'
  >,
): Finding {
  return {
    scope: null,
    resourceLine: null,
    resourceColumn: null,
    policy: null,
    statement: null,
    sid: null,
    actions: [],
    grants: [],
    witness: null,
    condition: null,
    parameters: {},
    mappings: [],
    conditionKeys: [],
    unresolved: [],
    ...fields,
  }
}

/** A suppression as a finding reports it. */
export interface SuppressionNote {
  reason: string
  /** YYYY-MM-DD, or null for no end. */
  expires: string | null
  expired: boolean
  /** Where it is written: `file:line`. */
  source: string
  /** In the template itself, or in the config file (SARIF's suppression kinds). */
  kind: 'inSource' | 'external'
}

/** A file that could not be read as a template, or a template problem that stops a judgement. */
export interface ScanError {
  file: string
  line: number
  column: number
  message: string
}

export interface RuleInfo {
  id: string
  name: string
  /** One sentence: what fails. */
  summary: string
  help: string
  /** For SARIF `security-severity`. */
  severity: number
}

export const RULES: Record<string, RuleInfo> = {
  'KMS.1': {
    id: 'KMS.1',
    name: 'ManagedPolicyDecryptAllKeys',
    summary: 'A customer managed IAM policy allows kms:Decrypt or kms:ReEncryptFrom on KMS keys it does not name.',
    help: 'Security Hub KMS.1: IAM customer managed policies should not allow decryption actions on all KMS keys. Name the keys in Resource (Fn::GetAtt Key.Arn), or at least one trusted account and Region.',
    severity: 5.5,
  },
  'KMS.2': {
    id: 'KMS.2',
    name: 'InlinePolicyDecryptAllKeys',
    summary: 'An inline IAM policy allows kms:Decrypt or kms:ReEncryptFrom on KMS keys it does not name.',
    help: 'Security Hub KMS.2: IAM principals should not have IAM inline policies that allow decryption actions on all KMS keys. Name the keys in Resource (Fn::GetAtt Key.Arn), or at least one trusted account and Region.',
    severity: 5.5,
  },
  'KMS.FullAccess': {
    id: 'KMS.FullAccess',
    name: 'FullKmsAccess',
    summary: 'An IAM policy grants every KMS action on "*".',
    help: 'Full KMS access lets a principal decrypt with, re-key, disable and schedule the deletion of any key. Grant only the KMS actions the principal needs, on the keys it uses.',
    severity: 7.5,
  },
  'KMS.Effective': {
    id: 'KMS.Effective',
    name: 'EffectiveDecryptAllKeys',
    summary:
      'A role, user or group can decrypt with any KMS key through an AWS managed policy attached to it, with all its policies, Denies and permissions boundary taken together.',
    help: 'Security Hub KMS.1 and KMS.2 judge each customer policy alone and never AWS managed ones, so a role with AdministratorAccess, PowerUserAccess or job-function/SystemAdministrator passes them while it can decrypt with every key in the account and every key whose key policy trusts the account. Attach a narrower policy; if the principal must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary. AWS managed policy statements with a Condition do not count. See docs/kms-effective.md.',
    severity: 5.5,
  },
  'KMS.3': {
    id: 'KMS.3',
    name: 'KeyDeletionUnprotected',
    summary:
      'A KMS key is deleted with its stack or on replacement (no Retain policy), or has a deletion waiting period under 30 days.',
    help: 'Security Hub KMS.3 (static analog): AWS KMS keys should not be deleted unintentionally. Deleting the stack, removing the key, or an update that replaces it (a new KeySpec, KeyUsage, Origin or MultiRegion) schedules the key for deletion, and data encrypted under it is lost after the waiting period. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain (warnings), and keep PendingWindowInDays at 30 (note).',
    severity: 4.0,
  },
  'KMS.4': {
    id: 'KMS.4',
    name: 'KeyRotationDisabled',
    summary: 'A symmetric KMS key with AWS-generated key material does not have automatic rotation enabled.',
    help: 'Security Hub KMS.4: AWS KMS key rotation should be enabled. Set EnableKeyRotation: true. Asymmetric, HMAC, imported (Origin: EXTERNAL) and custom key store keys cannot rotate automatically, and a replica key rotates with its primary, so they are not judged.',
    severity: 4.0,
  },
  'KMS.5': {
    id: 'KMS.5',
    name: 'KeyPolicyPublic',
    summary: 'A KMS key policy allows any AWS principal to use the key, without a condition that fixes the caller.',
    help: 'Security Hub KMS.5 / Config kms-key-policy-no-public-access: KMS keys should not be publicly accessible. An Allow statement with Principal "*", {"AWS": "*"}, the root of any account, or NotPrincipal needs a Condition with a fixed value on a key such as kms:CallerAccount, aws:PrincipalOrgID, aws:SourceVpce or kms:ViaService; otherwise name the principals.',
    severity: 9.0,
  },
  'KMS.KeyIdRef': {
    id: 'KMS.KeyIdRef',
    name: 'KeyIdAsResource',
    summary:
      'An IAM policy names a KMS key by its key id (Ref of the key) where IAM expects its ARN, so the element matches no key.',
    help: 'Ref of an AWS::KMS::Key or AWS::KMS::ReplicaKey returns the key id, and IAM matches Resource against ARNs: the statement grants (or excludes) nothing on that key. Use Fn::GetAtt Key.Arn.',
    severity: 2.0,
  },
  Suppression: {
    id: 'Suppression',
    name: 'InvalidSuppression',
    summary: 'A suppression is malformed: it has no reason, names an unknown rule, or its expiry is not a date.',
    help: 'A suppression must name a rule and give a non-empty reason (and optionally expires: YYYY-MM-DD); until it does it suppresses nothing.',
    severity: 3.0,
  },
  'IAM.Syntax': {
    id: 'IAM.Syntax',
    name: 'InvalidPolicyElement',
    summary: 'An IAM policy element is malformed, so IAM rejects or ignores it.',
    help: 'IAM rejects policies with a misspelt Effect, an action with white space, a statement without Action or Resource, or elements of the wrong type. Fix the element; until then the statement is judged as described in the message.',
    severity: 3.0,
  },
  'CFN.Syntax': {
    id: 'CFN.Syntax',
    name: 'TemplateReadAsDeployed',
    summary:
      'The template says something CloudFormation reads differently from how it looks; it is judged as deployed.',
    help: 'A key written twice in one mapping (CloudFormation keeps the last: warning), a YAML merge key (the packaging tools expand it, the service rejects it), a resource Type that is not an AWS type (a Rain module, a CloudFormation module), SAM Policies beside a Role (SAM then makes no role), or a Fn::ForEach collection not known offline (notes). The template is judged as CloudFormation would deploy it; remove the duplicate, or read the note.',
    severity: 2.0,
  },
}
