import { UNKNOWN } from '../iam/policy.js'

/**
 * Fixed values that a template names but cannot show offline: the stack's own account and Region, a key's
 * id, another resource's name or ARN. Each is one private-use character (or a pair around a logical id):
 * a literal to the IAM engine, so it never widens a match, and shown to people the way `!Sub` writes it.
 */
export const ACCOUNT = '\uE001'
export const REGION = '\uE002'
export const STACK = '\uE003'
const KEY_ID = '\uE005'
const RESOURCE_VALUE = '\uE006'

export const keyIdOf = (logicalId: string): string => `${KEY_ID}${logicalId}${KEY_ID}`
/** Whether a text holds any key's id: most hold none, and need not be searched for each key. */
export const holdsKeyId = (text: string): boolean => text.includes(KEY_ID)
export const valueOf = (reference: string): string => `${RESOURCE_VALUE}${reference}${RESOURCE_VALUE}`

const KEY_IDS = new RegExp(`${KEY_ID}([^${KEY_ID}]*)${KEY_ID}`, 'g')
const RESOURCE_VALUES = new RegExp(`${RESOURCE_VALUE}([^${RESOURCE_VALUE}]*)${RESOURCE_VALUE}`, 'g')

/** Writes markers back the way a template author would read them. */
export function display(text: string): string {
  if (!/[\uE000-\uE0FF]/.test(text)) return text
  return text
    .replaceAll(ACCOUNT, '${AWS::AccountId}')
    .replaceAll(REGION, '${AWS::Region}')
    .replaceAll(STACK, '${AWS::StackName}')
    .replace(KEY_IDS, '<key id of $1>')
    .replace(RESOURCE_VALUES, '${$1}')
    .replaceAll(UNKNOWN, '<unresolved>')
}
