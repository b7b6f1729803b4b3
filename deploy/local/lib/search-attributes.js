// Prints the journey search attributes as NAME=Type lines, read from the contracts themselves
// (JourneySearchAttributes), so the dev server registers exactly what the workflows set.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const ts = require('typescript');

const file = path.resolve(__dirname, '../../../libs/contracts/src/journey/journey-workflow.ts');
const compiled = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
}).outputText;
const contracts = new Module(file);
contracts.filename = file;
contracts.paths = Module._nodeModulePaths(path.dirname(file));
contracts._compile(compiled, file);

for (const { name, type } of Object.values(contracts.exports.JourneySearchAttributes)) {
  console.log(`${name}=${type}`);
}
