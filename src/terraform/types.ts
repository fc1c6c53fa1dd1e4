/** The Terraform resource types whose `policy` is an identity policy, as the template resource the rules judge. */
export const POLICY_HOLDERS: Readonly<Record<string, { type: string; name: string }>> = {
  aws_iam_policy: { type: 'AWS::IAM::ManagedPolicy', name: 'ManagedPolicyName' },
  aws_iam_role_policy: { type: 'AWS::IAM::RolePolicy', name: 'PolicyName' },
  aws_iam_user_policy: { type: 'AWS::IAM::UserPolicy', name: 'PolicyName' },
  aws_iam_group_policy: { type: 'AWS::IAM::GroupPolicy', name: 'PolicyName' },
}
