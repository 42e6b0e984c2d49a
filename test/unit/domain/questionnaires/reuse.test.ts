import { describe, expect, it } from 'vitest';
import {
  allQuestions,
  BUILT_IN_TEMPLATES,
  reusedAnswers,
  reuseLinks,
  templateProblems,
} from '../../../../src/domain/questionnaires';

const dpia = BUILT_IN_TEMPLATES.find((t) => t.kind === 'dpia')!;
const fria = BUILT_IN_TEMPLATES.find((t) => t.kind === 'fria')!;

describe('DPIA and FRIA: assess once, reuse', () => {
  it('links every FRIA question the DPIA also asks, in both directions', () => {
    const links = reuseLinks(dpia, fria);
    expect(links.map((l) => [l.from.id, l.to.id])).toEqual([
      ['system', 'system'],
      ['a.description', 'a.process'],
      ['a.subjects', 'c.affected'],
      ['a.period', 'b.period'],
      ['c.risks', 'd.risks'],
      ['d.measures', 'f.measures'],
      ['d.humanReview', 'e.oversight'],
    ]);
    expect(reuseLinks(fria, dpia).map((l) => [l.from.id, l.to.id])).toContainEqual([
      'c.affected',
      'a.subjects',
    ]);
  });

  it('the FRIA covers Art. 27(1)(a)-(f), each once', () => {
    const labels = allQuestions(fria).map((q) => q.label.slice(0, 3));
    expect(labels.filter((l) => /^\([a-f]\)/.test(l))).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
  });

  it('a DPIA answer fills the matching FRIA question; empty and unmatched answers do not', () => {
    const answers = {
      system: 'CV screening tool',
      'a.description': 'CVs are scored against the vacancy.',
      'a.subjects': 'Candidates',
      'a.period': '',
      'b.necessity': 'Only question of the DPIA',
      'c.risks': 'Indirect discrimination',
    };
    expect(reusedAnswers(dpia, answers, fria)).toEqual({
      system: 'CV screening tool',
      'a.process': 'CVs are scored against the vacancy.',
      'c.affected': 'Candidates',
      'd.risks': 'Indirect discrimination',
    });
  });

  it('the shipped templates are well formed', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(templateProblems(template), template.title).toEqual([]);
  });
});
