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
      // next-intl's own keeps its message formatters per request, so every render parsed its messages again.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next-intl/server',
              importNames: ['getTranslations'],
              message: "Use getTranslations from '@/lib/i18n/translator' (formatters kept for the process).",
            },
          ],
        },
      ],
    },
  },
  // The translator itself names next-intl's for its type.
  { files: ['lib/i18n/translator.ts'], rules: { 'no-restricted-imports': 'off' } },
  globalIgnores([
    '.next/**',
    '**/.next/**',
    'node_modules/**',
    'next-env.d.ts',
    'e2e/bench/results/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
