import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The first screen's JavaScript (issue 22) is what `src/main.tsx` reaches through static imports: Vite puts it in
 * the entry chunk or chunks the entry imports. This walks that graph in the source (type-only imports and
 * `import()` do not count) and fails when a heavy library or module gets back into it.
 */
const ROOT = resolve(__dirname, '../../..');
const IMPORT = /^\s*(?:import|export)\s+(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;

function typeOnly(clause: string | undefined): boolean {
  if (!clause) return false;
  if (/^type\s/.test(clause)) return true;
  const named = /^\{([^}]*)\}$/.exec(clause.trim());
  return !!named && named[1].split(',').every((part) => !part.trim() || /^type\s/.test(part.trim()));
}

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && /\.(ts|tsx|json)$/.test(candidate)) return candidate;
  return null;
}

/** Every source file and package `src/main.tsx` loads before anything is imported on demand. */
function firstScreenGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(relative(ROOT, file));
    if (file.endsWith('.json')) return;
    for (const [, clause, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (typeOnly(clause)) continue;
      if (spec.startsWith('.')) {
        const target = resolveFile(file, spec);
        if (target && !files.has(relative(ROOT, target))) visit(target);
      } else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  visit(join(ROOT, 'src/main.tsx'));
  return { files, packages };
}

describe('the first screen’s JavaScript', () => {
  const graph = firstScreenGraph();

  it('walks the app from its entry (the home screen and the app frame are in it)', () => {
    expect(graph.files).toContain('src/features/clients/HomeScreen.tsx');
    expect(graph.files).toContain('src/features/shell/AppShell.tsx');
    expect(graph.packages).toContain('react-dom');
  });

  it('carries none of the libraries that load on demand', () => {
    const heavy = ['i18next', 'pouchdb', 'pouchdb-browser', 'recharts', 'pptxgenjs', 'docx', 'jspdf'];
    expect([...graph.packages].filter((name) => heavy.some((h) => name.startsWith(h)))).toEqual([]);
  });

  it('carries neither sync, the backup actions, the handover nor the Dutch texts', () => {
    const onDemand = [
      'src/db/sync/runner.ts',
      'src/db/sync/browserEngine.ts',
      'src/features/backup/backupActions.ts',
      'src/db/handover/',
      'src/i18n/i18n.ts',
      'src/i18n/dutch.ts',
    ];
    expect([...graph.files].filter((file) => onDemand.some((path) => file.startsWith(path)))).toEqual([]);
  });

  it('does not use date-fns’s `parse` (its format parser is about 15 KB gzipped on its own)', () => {
    const parseImport = /import\s*\{[^}]*\bparse\b[^}]*\}\s*from\s*'date-fns'/;
    const users = [...graph.files].filter((file) => parseImport.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(users).toEqual([]);
  });
});
