// Type-aware linting for the sources, tests and scripts; Prettier owns the layout, so no style rules here.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The pipeline's import rules (docs/architecture.md): what each folder of src/ must not import. No stage
 * imports a later one; only the action imports @actions/*; renderers never touch the file system.
 */
const FOLDERS = ['util', 'iam', 'cfn', 'terraform', 'checks', 'report', 'scan', 'cli', 'action']
const FORBIDDEN = {
  util: [...FOLDERS, 'findings', 'gate'],
  iam: ['cfn', 'terraform', 'checks', 'report', 'scan', 'cli', 'action', 'findings', 'gate'],
  cfn: ['terraform', 'checks', 'report', 'scan', 'cli', 'action', 'gate'],
  // Terraform is read into the template model the checks judge, so it may use cfn's model and markers.
  terraform: ['checks', 'report', 'scan', 'cli', 'action', 'gate'],
  checks: ['terraform', 'report', 'scan', 'cli', 'action', 'gate'],
  report: ['terraform', 'scan', 'cli', 'action'],
  scan: ['report', 'cli', 'action'],
  cli: ['action'],
  action: ['cli'],
}
const ROOT_FORBIDDEN = {
  findings: ['cfn', 'terraform', 'checks', 'report', 'scan', 'cli', 'action', 'gate'],
  gate: ['util', 'iam', 'cfn', 'terraform', 'checks', 'report', 'scan', 'cli', 'action'],
}
const importRule = (files, names, prefix, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: names.flatMap((name) => [`${prefix}${name}/*`, `${prefix}${name}.js`]),
            message: 'This import crosses the pipeline the wrong way: see docs/architecture.md.',
          },
          ...extra,
        ],
      },
    ],
  },
})
const ACTIONS = { group: ['@actions/*'], message: 'Only src/action/ talks to the runner.' }
const FILE_SYSTEM = { group: ['node:fs', 'fs'], message: 'Renderers return text; the entry points write it.' }
const boundaries = [
  ...Object.entries(FORBIDDEN).map(([folder, names]) =>
    importRule(
      [`src/${folder}/**/*.ts`],
      names.filter((name) => name !== folder),
      '../',
      [...(folder === 'action' ? [] : [ACTIONS]), ...(folder === 'report' ? [FILE_SYSTEM] : [])],
    ),
  ),
  ...Object.entries(ROOT_FORBIDDEN).map(([file, names]) => importRule([`src/${file}.ts`], names, './', [ACTIONS])),
]

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'coverage/**', 'node_modules/**', 'bench-out/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Values read from templates are shown as the author wrote them; a mapping where a scalar belongs is
      // reported on its own, so its '[object Object]' text is never the only word the user gets.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests read the tool's JSON output, which is untyped by nature.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  ...boundaries,
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
)
