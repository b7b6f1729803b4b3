import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

// Workflow code is replayed deterministically inside Temporal's sandbox: it may import only
// pure modules (contracts, rules, the Temporal workflow API), never I/O libraries.
const forbiddenInWorkflows = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'worker_threads', 'timers', 'process'], message: 'Workflow code must be deterministic: no Node built-ins.' },
    { group: ['@nestjs/*', 'mongoose', 'kafkajs', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'], message: 'Workflow code must not reach I/O: Nest, mongoose, kafkajs and Temporal client/worker stay outside workflows.' },
    { group: ['@harbour/messaging', '@harbour/persistence', '@harbour/security', '@harbour/telemetry', '@harbour/testing'], message: 'Workflow code may import only @harbour/contracts and @harbour/rules.' },
  ],
};

// Which kind of project may depend on which: contracts on nothing, workflows only on contracts
// and rules, no service on another service.
const dependencyRules = [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:workflow', onlyDependOnLibsWithTags: ['type:contracts', 'type:rules'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:rules', 'type:workflow'] },
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
  { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:rules', 'type:workflow', 'type:testing'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
  // The integration kit documents the platform from its code: contracts and each service's application module.
  { sourceTag: 'type:integration-kit', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:service'] },
];

// Tests of any project may also use the test library that reaches the real servers.
const testDependencyRules = dependencyRules.map((rule) => ({ ...rule, onlyDependOnLibsWithTags: [...rule.onlyDependOnLibsWithTags, 'type:testing'] }));

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'coverage/**', '.nx/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints: dependencyRules }],
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', { allow: [], depConstraints: testDependencyRules }] },
  },
  {
    // The end-to-end tests assemble the real applications in one process.
    files: ['e2e/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [...['reporting', 'support', 'identification', 'protection', 'operations'].map((service) => `../services/${service}/src/**`), '../workflows/runtime/src/**', '../../workflows/runtime/src/**'],
          depConstraints: dependencyRules,
        },
      ],
    },
  },
  {
    // The integration kit reads each service's application module to build its OpenAPI document without starting it.
    files: ['libs/integration-kit/src/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', { allow: ['../../../services/**/app.module'], depConstraints: dependencyRules }] },
  },
  {
    files: ['workflows/journeys/src/**/*.ts', 'workflows/rules/src/**/*.ts', 'libs/contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', forbiddenInWorkflows] },
  },
);
