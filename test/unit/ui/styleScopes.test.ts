import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

/**
 * Screens load lazily, so a class defined in one area's stylesheet styles another area's screen only once the
 * first area has been opened: the look of a screen would depend on which screen was opened before it. These
 * tests keep every class in one place: a kit class (src/ui) is defined once and may be used anywhere; an area's
 * class (src/features/<area>) is defined in that area only and used by that area's code only.
 */
function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, ext) : ext.test(entry.name) ? [path] : [];
  });
}

/** `src/ui` is the kit; `src/features/<area>/…` is that area. */
function scopeOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[1] === 'features' ? parts[2] : parts[1];
}

const cssFiles = files('src', /\.css$/);
/** Every class a stylesheet names, and the files whose rules are about it (it is a rule's subject there). */
const named = new Map<string, Set<string>>();
const subjectOf = new Map<string, Set<string>>();
for (const file of cssFiles) {
  postcss.parse(readFileSync(file, 'utf8')).walkRules((rule) => {
    if (rule.parent?.type === 'rule') return;
    for (const selector of rule.selectors) {
      for (const [, name] of selector.matchAll(/\.([a-zA-Z][\w-]*)/g)) {
        if (!named.has(name)) named.set(name, new Set());
        named.get(name)!.add(file);
      }
      const subject = /^\.([a-zA-Z][\w-]*)(?::[\w-]+(?:\([^)]*\))?)*$/.exec(selector.trim());
      if (subject) {
        if (!subjectOf.has(subject[1])) subjectOf.set(subject[1], new Set());
        subjectOf.get(subject[1])!.add(file);
      }
    }
  });
}

/** Class names a source file writes in `className="…"`, `className={'…'}` or `className={`…`}` (outside `${}`). */
function classesUsedIn(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/className=(?:"([^"]*)"|\{'([^']*)'\}|\{`([^`]*)`\})/g)) {
    const text = (m[1] ?? m[2] ?? m[3]).replace(/\$\{[^}]*\}/g, ' ');
    found.push(...text.split(/\s+/).filter(Boolean));
  }
  return found;
}

describe('style scopes', () => {
  it('defines each class in one stylesheet', () => {
    const twice = [...subjectOf]
      .filter(([, where]) => where.size > 1)
      .map(([name, where]) => `.${name}: ${[...where].join(', ')}`);
    expect(twice).toEqual([]);
  });

  it("uses an area's classes in that area only, and the kit's classes from the kit's stylesheets", () => {
    const strays: string[] = [];
    for (const file of files('src', /\.tsx?$/)) {
      const scope = scopeOf(file);
      for (const name of new Set(classesUsedIn(readFileSync(file, 'utf8')))) {
        const scopes = new Set([...(named.get(name) ?? [])].map(scopeOf));
        if (scopes.size === 0 || scopes.has('ui') || scopes.has(scope)) continue;
        strays.push(`${file} uses .${name} of ${[...scopes].join(', ')}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('finds the classes it checks (the extraction works)', () => {
    expect(classesUsedIn('<div className="page page--wide"><p className={`a ${b ? "c" : ""} d`} />')).toEqual(
      ['page', 'page--wide', 'a', 'd'],
    );
    expect(named.get('page')?.size).toBeGreaterThan(0);
  });
});
