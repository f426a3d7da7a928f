// Local only: the real harness (with the --user-data-dir launch fix) against the real API.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true, tsx: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022', keepClassNames: true }, module: { type: 'es6' } }];
export default {
  rootDir: '/work/main',
  roots: ['<rootDir>/apps/web/.tmp-e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^#domain$': '<rootDir>/libs/domain/src/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testTimeout: 120000,
  globalSetup: '<rootDir>/tests/support/global-setup-e2e.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
};
