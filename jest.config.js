// One jest run covers unit, workflow (time-skipping) and end-to-end tests on the real servers.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/workflows', '<rootDir>/deploy', '<rootDir>/e2e'],
  testMatch: ['**/*.spec.ts'],
  // Recorders rewrite the replayed histories; they run only when asked to.
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.HARBOUR_RECORD_HISTORIES === '1' ? [] : ['\\.record\\.spec\\.ts$'])],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
  maxWorkers: 2,
};
