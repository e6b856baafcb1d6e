// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'src/generated/**',
      'test/generated/**',
      'web/src/gql/**',
      'web/dist/**',
      'web/.dist-*/**',
      'node_modules/**',
      '.data/**',
      'cdk.out/**',
      '.esbuild/**',
      '.serverless/**',
      'dist/**',
      'coverage/**',
    ],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'infra/**/*.ts', 'web/**/*.ts', 'web/**/*.tsx'],
    // Type-aware: includes no-floating-promises, no-misused-promises and every no-unsafe-* rule.
    extends: [eslint.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Async implementations of promise-returning interfaces (Apollo plugin hooks, store fakes) need no await;
      // promises that are dropped or misused are what no-floating-promises and no-misused-promises catch.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a binding that is deliberately unused (a rest-destructuring that drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
