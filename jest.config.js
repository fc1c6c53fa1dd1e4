// ESM + TypeScript: ts-jest transpiles only (isolatedModules); `npm run typecheck` does the type checking.
// `npm test -- --coverage` measures the sources (the bundles' own tests do not count) against the thresholds.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Many tests run git, the CLI or the action end to end: on a busy shared runner 5 s is not enough.
  testTimeout: 60_000,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    './src/': { lines: 90 },
    './src/action/': { lines: 85 },
  },
}
