import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a binding kept on purpose (a destructured key left out, an unused parameter of a callback).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Nothing imports a package's private files: they change without notice between versions (docs/operations.md,
      // "Upgrading Next"). The public entry points (next, next/server, next-intl/server …) are enough.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next/dist/*', 'next-intl/dist/*', '**/node_modules/**'],
              message: "A package's private files: use its public entry points.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '**/.next/**',
    'node_modules/**',
    'next-env.d.ts',
    'dist/**',
    'e2e/bench/results/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
