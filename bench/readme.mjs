import { readFileSync, writeFileSync } from 'node:fs';

/** Replaces the block between the README's `<!-- bench:<name>:start -->` and `:end -->` markers with the machine line and `body`. */
export function updateReadme(file, machineText, body, name = 'results') {
  const START = `<!-- bench:${name}:start -->`;
  const END = `<!-- bench:${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const block = `${START}\nMeasured on: ${machineText}.\n\n${body}\n${END}`;
  writeFileSync(file, text.slice(0, start) + block + text.slice(end + END.length));
  return true;
}
