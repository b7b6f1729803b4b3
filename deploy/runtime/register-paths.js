// Preloaded by every compiled Harbour process (`node -r ./deploy/runtime/register-paths.js dist/…`):
// resolves @harbour/* imports into dist/ with the same path map the TypeScript sources use
// (tsconfig.base.json), so the aliases are listed in one place only.
const path = require('node:path');
const { register } = require('tsconfig-paths');

// Decorator metadata must exist before any decorated class loads, as in the tests (jest setupFiles).
require('reflect-metadata');

const root = path.resolve(__dirname, '../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));

register({ baseUrl: path.join(root, 'dist'), paths: compilerOptions.paths, addMatchAll: false });
