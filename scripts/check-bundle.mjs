// Checks the built Electron files: the sandboxed preload must be one file that requires only 'electron',
// and the main process must not load anything from outside the bundle but Electron and Node built-ins.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const requires = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
const problems = [];
const preload = requires('dist-electron/preload.cjs');
for (const name of preload)
  if (name !== 'electron')
    problems.push(`preload.cjs requires "${name}" (a sandboxed preload may only require "electron")`);
for (const name of requires('dist-electron/main.cjs')) {
  const bare = name.replace(/^node:/, '');
  if (name !== 'electron' && !builtinModules.includes(bare))
    problems.push(`main.cjs requires "${name}" (not bundled)`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Electron bundle OK: preload requires only ${JSON.stringify([...new Set(preload)])}.`);
