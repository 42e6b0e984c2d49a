import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? cssFiles(path) : entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Where the first block left open starts (line), or null when every brace is closed. */
function unclosedBlock(css: string): number | null {
  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (s) => ' '.repeat(s.length));
  const open: number[] = [];
  let line = 1;
  for (const ch of text) {
    if (ch === '\n') line++;
    else if (ch === '{') open.push(line);
    else if (ch === '}' && open.pop() === undefined) return line;
  }
  return open[0] ?? null;
}

describe('stylesheets', () => {
  // One rule left open nests every rule after it (CSS nesting), and the app loses its layout.
  it.each(cssFiles('src'))('%s closes every block it opens', (file) => {
    expect(unclosedBlock(readFileSync(file, 'utf8'))).toBeNull();
  });
});
