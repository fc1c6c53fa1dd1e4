import { PERMISSION_SET } from '../cfn/extract.js'
import type { Finding } from '../findings.js'
import type { TerraformModule } from './module.js'

/**
 * The rules speak CloudFormation's words; a finding about a Terraform module is told in Terraform's: its
 * file and line, its address and type, the arguments by their Terraform names and fixes in HCL.
 */
export function inTerraformTerms(finding: Finding, module: TerraformModule): Finding {
  const at = module.place(finding.line)
  const end = module.place(finding.endLine)
  const type = module.types.get(finding.resource) ?? finding.resourceType
  const cfnNoun = /^(Managed policy|RolePolicy|UserPolicy|GroupPolicy|Policy|Role|Key) /
  const words = (text: string): string =>
    text
      .replace(cfnNoun, '')
      .replaceAll(`${nounOf(finding.resourceType)} ${finding.resource}`, finding.resource)
      .replace(/(is|may be) deleted with its stack/, '$1 destroyed with its configuration')
      .replace(
        /DeletionPolicy is not set \(the default is Delete\), so deleting the stack, or removing the key from the template,/,
        'lifecycle prevent_destroy is not set, so terraform destroy, or removing the key from the configuration,',
      )
      .replace(/\bEnableKeyRotation\b/g, 'enable_key_rotation')
      .replace(/\bPendingWindowInDays\b/g, 'deletion_window_in_days')
      .replace(/\bDeletionPolicy\b/g, 'lifecycle prevent_destroy')
      .replace(/\bKeyPolicy\b/g, 'policy')
      // A value that says why it is not known (`var.x (no such variable)`) keeps its own reason.
      .replace(/Fn::(.+?) \(not resolved offline\)/g, (_, what: string) =>
        what.endsWith(')') ? what : `${what} (known only after apply)`,
      )
      .replace(/parameter (\S+) \(no value given, no Default\)/g, (_, name: string) =>
        module.placeholders.has(name)
          ? `variable ${name} (no value given; its default "" only holds the place)`
          : `variable ${name} (no value given, no default)`,
      )
      .replace(/the stack/g, 'the configuration')
  return {
    ...finding,
    file: at.file,
    line: at.line,
    endLine: end.file === at.file ? end.line : at.line,
    resourceLine: finding.resourceLine === null ? null : module.place(finding.resourceLine).line,
    resourceType: type,
    title: words(finding.title),
    message: words(finding.message),
    fix: fixInHcl(finding, module),
    unresolved: finding.unresolved.map(words),
  }
}

function nounOf(resourceType: string): string {
  const type = resourceType.split('::').pop() ?? resourceType
  return type === 'ManagedPolicy' ? 'Managed policy' : type === 'PermissionSet' ? 'Permission set' : type
}

/** The same change as the rule's fix, written in HCL. */
function fixInHcl(finding: Finding, module: TerraformModule): string {
  const key = module.keys.length === 1 ? module.keys[0].replace(/^.*?(aws_kms_key\.)/, '$1') : null
  const style = module.styles.get(finding.resource) ?? 'blocks'
  // A permission set's key is one of the accounts it is assigned to: the literal ARN the rule writes.
  const assigned = 'arn:aws:kms:<region>:<account-id>:key/<key-id>'
  const named =
    finding.resourceType === PERMISSION_SET
      ? {
          blocks: `resources = ["${assigned}"]`,
          object: `Resource = "${assigned}"`,
          text: `"Resource": "${assigned}"`,
        }[style]
      : key
        ? { blocks: `resources = [${key}.arn]`, object: `Resource = ${key}.arn`, text: `"Resource": "\${${key}.arn}"` }[
            style
          ]
        : {
            blocks:
              'resources = ["arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"]',
            object:
              'Resource = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"',
            text: '"Resource": "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"',
          }[style]
  const keyOf = (address: string): string => address.replace(/^.*?(aws_kms_key\.)/, '$1')
  // A plan holds each policy as JSON text; located in a .tf file that writes it as blocks or an object, the
  // fix is written as that file writes it.
  const fix =
    style === 'text'
      ? finding.fix
      : finding.fix.replace(
          /([Ii])n the policy's JSON text, name the keys: "Resource": "[^"]*"(?: \(the text is a plain string[^)]*\))?/,
          (_, i: string) => `${i === 'I' ? 'N' : 'n'}ame the keys: ${named}`,
        )
  return fix
    .replace(/Resource: !(GetAtt \S+\.Arn|Sub "[^"]*")/g, named)
    .replaceAll(`Resource: "${assigned}"`, named)
    .replace(/"Resource": \{"Fn::GetAtt": \["([^"]+)", "Arn"\]\}/g, (_, address: string) =>
      style === 'blocks'
        ? `resources = [${keyOf(address)}.arn]`
        : style === 'object'
          ? `Resource = ${keyOf(address)}.arn`
          : `"Resource": "\${${keyOf(address)}.arn}"`,
    )
    .replace(
      /\(the text is a plain string, which cannot hold intrinsic functions: write the document as a mapping to name the template's key\)/,
      '(or write the policy with jsonencode or an aws_iam_policy_document to name a key of the configuration: aws_kms_key.<name>.arn)',
    )
    .replace(/"?EnableKeyRotation"?: true/, 'enable_key_rotation = true')
    .replace(/"?PendingWindowInDays"?: 30/, 'deletion_window_in_days = 30')
    .replace(/"?DeletionPolicy"?: "?Retain"?/, 'lifecycle { prevent_destroy = true }')
    .replace(
      'Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId}}',
      'condition { test = "StringEquals", variable = "kms:CallerAccount", values = [data.aws_caller_identity.current.account_id] }',
    )
    .replace(
      /CLI --parameter (\S+)=<value>, action input parameters, or parameters in \.cfn-kms-check\.yml\), or AllowedValues/,
      'CLI --parameter $1=<value> or --var-file, action inputs parameters or var-files, or parameters or var-files in .cfn-kms-check.yml), or a default',
    )
    .replace(/([Gg])ive parameter/g, '$1ive variable')
    .replace('(expires: YYYY-MM-DD is optional)', '(expires=YYYY-MM-DD is optional)')
}
