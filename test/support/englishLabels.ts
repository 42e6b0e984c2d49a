import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractKeys } from '../../src/i18n/extractKeys';

/**
 * The interface's own English labels, read from the source: every key given to `t()`, every text written
 * literally in JSX or in an attribute a user reads, and every `label`/`title`/`header` of a definition. A
 * screen shown in Dutch must show none of them (save those Dutch writes the same, like "DPIA").
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const JSX_TEXT = />\s*([A-Z][^<>{}]*?[a-z][^<>{}]*?)\s*</g;
const TEXT_ATTRIBUTE =
  /\b(?:label|title|placeholder|aria-label|hint|description|header|caption)(?:=|: )["']([^"'{}]+)["']/g;

function literalTexts(source: string): string[] {
  return [...source.matchAll(JSX_TEXT), ...source.matchAll(TEXT_ATTRIBUTE)].map((m) =>
    m[1].replace(/\s+/g, ' ').trim(),
  );
}

export function dutchTexts(): Record<string, string> {
  const dir = 'src/i18n/nl';
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, string>),
  );
}

export interface EnglishLabels {
  /** Texts matched whole. */
  exact: Set<string>;
  /** Texts with values (`{{count}} days`), matched as patterns: `literal` is the length of their own words. */
  patterns: { pattern: RegExp; literal: number }[];
}

/** Written the same in every language: the product's name, keys, and each language named in its own (the locale choices). */
const UNIVERSAL = new Set(['CAIO Desk', 'Ctrl K']);
const NATIVE_NAMES = 'src/state/locale.ts';

/** Whether a text on screen is one of the labels (a pattern's values are short: a count, a date, a name). */
export function isEnglishLabel(text: string, labels: EnglishLabels): boolean {
  return (
    labels.exact.has(text) ||
    labels.patterns.some(({ pattern, literal }) => text.length <= literal + 30 && pattern.test(text))
  );
}

export function englishLabels(): EnglishLabels {
  const dutch = dutchTexts();
  const sameInDutch = new Set(Object.values(dutch));
  const texts = new Set<string>();
  for (const file of sourceFiles('src').filter((path) => !path.includes('/demo/') && path !== NATIVE_NAMES)) {
    const source = readFileSync(file, 'utf8');
    for (const key of extractKeys(source)) texts.add(key);
    if (!file.includes('/domain/') || /label|constants/i.test(file))
      for (const text of literalTexts(source)) texts.add(text);
  }
  const exact = new Set<string>();
  const patterns: EnglishLabels['patterns'] = [];
  for (const text of texts) {
    // Only texts with a word of at least three letters; none Dutch writes the same.
    if (!/[A-Za-z]{3}/.test(text) || UNIVERSAL.has(text) || sameInDutch.has(text) || dutch[text] === text)
      continue;
    if (text.includes('{{')) {
      const parts = text.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const literal = text.replace(/\{\{\w+\}\}/g, '').length;
      if (parts.join('').replace(/\W/g, '').length >= 6)
        patterns.push({ pattern: new RegExp(`^${parts.join('.+')}$`), literal });
    } else exact.add(text);
  }
  return { exact, patterns };
}
