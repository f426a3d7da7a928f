// ESLint flat config for the whole repository (STYLE.md, "Lint and format baseline").
//
// - TypeScript is linted with type information through typescript-eslint's project service:
//   every .ts/.tsx file belongs to the nearest tsconfig.json (the root one for apps/api, libs,
//   migrations, tests and scripts; apps/web/tsconfig.json for the web app).
// - Plain JavaScript (config files, scripts/**/*.mjs, tests/support/*.mjs) is linted without
//   types, with Node globals.
// - Module boundaries: the web app never imports API code, the API never imports web code, and
//   libs/domain stays framework-free.
// - Formatting is Prettier's job (.prettierrc.json); no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '.data/',
    '.nx/',
    'coverage/',
    'apps/web/src/generated/',
    'tests/.tmp/',
    '**/.tmp*/',
    '**/*.d.mts',
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // ---------------------------------------------------------------- TypeScript (typed)
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Nest's dependency injection reads constructor parameter types at run time
      // (emitDecoratorMetadata), so `import type` must not be forced on injected classes.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },

  // ---------------------------------------------------------------- everywhere
  {
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },

  // ---------------------------------------------------------------- plain JavaScript
  {
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },

  // ---------------------------------------------------------------- Node code
  {
    files: ['apps/api/**', 'libs/**', 'migrations/**', 'tests/**', 'scripts/**', 'apps/web/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },

  // ---------------------------------------------------------------- web app (browser)
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // ---------------------------------------------------------------- scripts and tests may print
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },

  // ---------------------------------------------------------------- tests read raw pg rows (typed any)
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  // ---------------------------------------------------------------- named exports only (STYLE.md §11)
  {
    files: ['apps/*/src/**', 'libs/*/src/**'],
    rules: {
      'no-restricted-exports': [
        'error',
        { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } },
      ],
    },
  },

  // ---------------------------------------------------------------- module boundaries
  {
    files: ['apps/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/api', '**/apps/api/**', '**/api/src', '**/api/src/**', '../../api/**'],
              message: 'The web app must not import API code; use the GraphQL schema (generated types) instead.',
            },
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'passport', 'passport-*'],
              message: 'Server-side packages do not belong in the web app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/web', '**/apps/web/**', '**/web/src', '**/web/src/**'],
              message: 'The API must not import web app code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'class-validator', 'class-transformer', 'graphql', 'react', 'react-dom'],
              message: 'libs/domain is framework-free (STYLE.md): no Nest, TypeORM, GraphQL or React.',
            },
            {
              group: ['**/apps/**', '../../../apps/**', '#domain'],
              message: 'libs/domain must not depend on the apps (or import itself through #domain).',
            },
          ],
        },
      ],
    },
  },

  // ---------------------------------------------------------------- tests
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/*.security-spec.ts', 'tests/**/*.ts'],
    rules: {
      // `expect(service.method).toHaveBeenCalled()` and similar are normal in tests.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
]);
