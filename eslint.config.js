import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', '.size-tmp/**', 'node_modules/**', 'demo/.data/**', 'bench/.results/**', 'bench/vendor/**', 'src/data/municipalities.ts'] },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render with Lit templates.' },
        { selector: "ImportSpecifier[imported.name='unsafeHTML']", message: 'No unsafeHTML of page or fetched data.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' }, // chai: expect(x).to.exist
  },
  {
    files: ['**/*.mjs', '**/*.js', 'demo/**', 'scripts/**', 'bench/**', 'test/e2e/**', 'test/collector/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly' } },
  },
);
