import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the results between the README's markers with the latest machine line and table. */
export function updateReadme(file, machineText, table) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const block = `${START}\nMeasured on: ${machineText}.\n\n${table}\n${END}`;
  writeFileSync(file, text.slice(0, start) + block + text.slice(end + END.length));
  return true;
}
