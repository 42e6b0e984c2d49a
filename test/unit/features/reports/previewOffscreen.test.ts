import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The declarations of one rule of a stylesheet, by its exact selector. */
function rule(css: string, selector: string): Record<string, string> {
  const body = css.split(`${selector} {`)[1]?.split('}')[0] ?? '';
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.split(':').map((s) => s.trim()))
      .filter(([k, v]) => k && v),
  );
}

describe('the report editor’s slide previews', () => {
  const css = readFileSync('src/features/reports/reports.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

  it('skip laying out and painting the previews out of view, at their drawn size', () => {
    // Ticking a slide on or off moves every preview after it: only those in view are then drawn again.
    const frame = rule(css, '.slide-preview__frame');
    expect(frame['content-visibility']).toBe('auto');
    expect(frame['contain-intrinsic-size']).toBe(`${frame.width} ${frame.height}`);
    const actual = rule(css, '.slide-preview--actual .slide-preview__frame');
    expect(actual['contain-intrinsic-size']).toBe(`${actual.width} ${actual.height}`);
  });
});
