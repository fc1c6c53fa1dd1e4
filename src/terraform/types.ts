/** The Terraform resource types whose `policy` is an identity policy, as the template resource the rules judge. */
export const POLICY_HOLDERS: Readonly<Record<string, { type: string; name: string }>> = {
  aws_iam_policy: { type: 'AWS::IAM::ManagedPolicy', name: 'ManagedPolicyName' },
  aws_iam_role_policy: { type: 'AWS::IAM::RolePolicy', name: 'PolicyName' },
  aws_iam_user_policy: { type: 'AWS::IAM::UserPolicy', name: 'PolicyName' },
  aws_iam_group_policy: { type: 'AWS::IAM::GroupPolicy', name: 'PolicyName' },
}

/** The argument that names the principal a policy belongs to, and the template property that holds it. */
export const PRINCIPAL_ARGUMENTS: Record<string, { argument: string; property: string }> = {
  aws_iam_role_policy: { argument: 'role', property: 'RoleName' },
  aws_iam_user_policy: { argument: 'user', property: 'UserName' },
  aws_iam_group_policy: { argument: 'group', property: 'GroupName' },
}

/** Attachment resources: the arguments that name principals, by the principal's template type. */
export const ATTACHMENTS: Record<string, Record<string, string>> = {
  aws_iam_role_policy_attachment: { role: 'AWS::IAM::Role' },
  aws_iam_user_policy_attachment: { user: 'AWS::IAM::User' },
  aws_iam_group_policy_attachment: { group: 'AWS::IAM::Group' },
  aws_iam_policy_attachment: { roles: 'AWS::IAM::Role', users: 'AWS::IAM::User', groups: 'AWS::IAM::Group' },
  // Exclusive attachments (provider 5.7x and later) name several policies in `policy_arns`.
  aws_iam_role_policy_attachments_exclusive: { role_name: 'AWS::IAM::Role' },
  aws_iam_user_policy_attachments_exclusive: { user_name: 'AWS::IAM::User' },
  aws_iam_group_policy_attachments_exclusive: { group_name: 'AWS::IAM::Group' },
}

/** The property that holds a principal's name, by its template type. */
export const NAME_PROPERTIES: Readonly<Record<string, string>> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
}
