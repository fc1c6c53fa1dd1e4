/** Kept equal to package.json's version by a test. */
export const VERSION = '1.0.0'

/** Where the project lives, kept equal to package.json's repository by a test: rule pages link into it. */
export const REPOSITORY = 'https://github.com/cfn-kms-check/cfn-kms-check'
