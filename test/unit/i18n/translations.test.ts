import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKeys } from '../../../src/i18n/extractKeys';
import { loadLanguage, translator } from '../../../src/i18n/i18n';
import en from '../../../src/i18n/en.json';
import { DUTCH as nl } from '../../../src/i18n/dutch';
import { csvRowsOfUseCases } from '../../../src/domain/portfolio/csv';
import { timeLeftLabel } from '../../../src/domain/governance/incidentClocks';
import { dayIn, english, euroIn, numberIn } from '../../../src/domain/shared/language';

const NL = nl as Record<string, string>;
const EN = en as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every key the code passes to `t` as a literal. */
const codeKeys = [
  ...new Set(
    ['src', 'electron'].flatMap(sourceFiles).flatMap((file) => extractKeys(readFileSync(file, 'utf8'))),
  ),
];

/**
 * Keys the code builds from label maps (`t(LABELS[value])`): each area lists its maps in `labels/<area>.ts`
 * (an exported `LABEL_KEYS`), so areas are translated side by side.
 */
const labelFiles = import.meta.glob<string[]>('./labels/*.ts', { eager: true, import: 'LABEL_KEYS' });
const labelKeys = Object.values(labelFiles).flat();

/** Each area's Dutch file, as written (`DUTCH` merges them). */
const dutchFiles = Object.entries(
  import.meta.glob<Record<string, string>>('../../../src/i18n/nl/*.json', { eager: true, import: 'default' }),
);

const isPlural = (key: string) => key.includes('{{count}}');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('finds the keys the code uses, and only translatable ones', () => {
    expect(codeKeys.length).toBeGreaterThan(150);
    expect(codeKeys).toContain('AI progress update');
    expect(codeKeys).toContain('overdue since {{date}}');
    expect(codeKeys).toContain('by {{date}}');
    expect(codeKeys).not.toContain('quick-win');
    expect(codeKeys).not.toContain('unclassified');
  });

  it('extracts both branches of a conditional key but not what a condition compares with', () => {
    expect(extractKeys("t(x === 'a' ? 'One' : 'Two', { n }); header(['A', 'B']); t(MAP['k'])")).toEqual([
      'One',
      'Two',
      'A',
      'B',
    ]);
  });

  it('has a Dutch text for every key of the code, plural keys in both forms', () => {
    const missing = codeKeys.flatMap((key) =>
      isPlural(key) ? [`${key}_one`, `${key}_other`].filter((k) => !NL[k]) : NL[key] ? [] : [key],
    );
    expect(missing).toEqual([]);
  });

  it('has a Dutch text for every label the report translates, and for every rule-pack obligation', () => {
    expect(labelKeys.filter((key) => !NL[key])).toEqual([]);
  });

  it('gives a text the same Dutch in every area that translates it', () => {
    const seen = new Map<string, [string, string]>();
    const differing: string[] = [];
    for (const [file, texts] of dutchFiles)
      for (const [key, text] of Object.entries(texts)) {
        const earlier = seen.get(key);
        if (earlier && earlier[1] !== text)
          differing.push(`${key}: ${earlier[0]} "${earlier[1]}", ${file} "${text}"`);
        else seen.set(key, [file, text]);
      }
    expect(differing).toEqual([]);
  });

  it('keeps no Dutch text that nothing uses', () => {
    const used = new Set([...codeKeys, ...labelKeys]);
    const orphans = Object.keys(NL).filter((key) => !used.has(key.replace(/_(one|other)$/, '')));
    expect(orphans).toEqual([]);
  });

  it('fills the same values in Dutch as in English, and English singulars only for plural keys', () => {
    // A singular may leave out the number itself ("the one idea") and the end of a range of one.
    const mayDrop = (key: string, p: string) => key.endsWith('_one') && (p === 'to' || p === 'count');
    for (const [key, text] of Object.entries({ ...NL, ...EN }))
      expect(placeholders(text), key).toEqual(
        placeholders(key.replace(/_(one|other)$/, '')).filter(
          (p) => !mayDrop(key, p) || placeholders(text).includes(p),
        ),
      );
    for (const key of Object.keys(EN)) {
      expect(key.endsWith('_one'), key).toBe(true);
      expect(codeKeys, key).toContain(key.replace(/_one$/, ''));
    }
  });

  it('writes English in the domain as i18next does, singular and plural', () => {
    const en = translator('en');
    for (const key of codeKeys)
      for (const count of [1, 2]) {
        const values = Object.fromEntries(
          placeholders(key).map((p) => [p, p === 'count' ? count : `<${p}>`]),
        );
        expect(english(key, values), key).toBe(en(key, values));
      }
  });

  it('translates with plurals and values, and writes dates, numbers and money the Dutch way', async () => {
    await loadLanguage('nl');
    const t = translator('nl');
    expect(t('{{count}} new risks', { count: 1 })).toBe('1 nieuw risico');
    expect(t('{{count}} new risks', { count: 3 })).toBe('3 nieuwe risico’s'.replace('’', "'"));
    expect(t('Prepared by {{name}}', { name: 'A. de Vries' })).toBe('Opgesteld door A. de Vries');
    expect(translator('en')('{{count}} new risks', { count: 1 })).toBe('1 new risk');
    expect(translator('en')('{{count}} new risks', { count: 2 })).toBe('2 new risks');
    expect(dayIn('nl', '2026-12-01', true)).toBe('1 december 2026');
    expect(dayIn('nl', '2026-03-05')).toBe('5 mrt 2026');
    expect(dayIn('en', '2026-12-01', true)).toBe('1 December 2026');
    expect(numberIn('nl', 12000.5)).toBe('12.000,5');
    expect(euroIn('nl', 12000)).toBe('€\u00a012.000');
    expect(euroIn('en', 12000)).toBe('€12,000');
    const now = new Date('2026-12-01T09:00:00');
    const words = { lang: 'nl' as const, t };
    expect(timeLeftLabel(new Date('2026-12-04T13:00:00'), now, words)).toBe('Nog 3 dagen 4 u');
    expect(timeLeftLabel(new Date('2026-12-02T09:00:00'), now, words)).toBe('Nog 1 dag');
    expect(timeLeftLabel(new Date('2026-12-01T04:00:00'), now, words)).toBe('5 u te laat');
    expect(timeLeftLabel(new Date('2026-12-04T13:00:00'), now)).toBe('3 days 4 h left');
    const [header] = csvRowsOfUseCases([], [], words);
    expect(header.slice(0, 5)).toEqual(['ID', 'Titel', 'Proces / afdeling', 'Fase', 'In fase sinds']);
  });
});
