import { describe, expect, it } from 'vitest';
import { classifyAiAct, EU_AI_ACT_RULE_PACK } from '../../../../src/domain/governance';
import { answersWith } from './aiActFixtures';

/** Whether obligation `id` is in force on the day before `date` and on `date` itself. */
function inForceAround(
  answers: Parameters<typeof classifyAiAct>[0],
  id: string,
  dayBefore: string,
  date: string,
) {
  const status = (asOf: string) => classifyAiAct(answers, asOf).obligations.find((o) => o.id === id);
  return { before: status(dayBefore), on: status(date) };
}

describe('obligations are in force from their application date', () => {
  it('Art. 4 AI literacy from 2 Feb 2025', () => {
    const { before, on } = inForceAround(answersWith(), 'art4.literacy', '2025-02-01', '2025-02-02');
    expect(before?.inForce).toBe(false);
    expect(on?.inForce).toBe(true);
  });

  it('Art. 5 prohibitions from 2 Feb 2025', () => {
    const { before, on } = inForceAround(
      answersWith({ 'art5.c': true }),
      'art5.stop',
      '2025-02-01',
      '2025-02-02',
    );
    expect(before?.inForce).toBe(false);
    expect(on?.inForce).toBe(true);
  });

  it('Art. 50 transparency from 2 Aug 2026', () => {
    const { before, on } = inForceAround(
      answersWith({ 'art50.1': true }),
      'art50.1.deployer',
      '2026-08-01',
      '2026-08-02',
    );
    expect(before?.inForce).toBe(false);
    expect(on?.inForce).toBe(true);
  });

  it('Omnibus prohibitions: prohibited already, stop obligation in force from 2 Dec 2026', () => {
    const answers = answersWith({ 'art5.intimateImagery': true });
    expect(classifyAiAct(answers, '2026-12-01').tier).toBe('prohibited');
    const { before, on } = inForceAround(answers, 'art5.stopOmnibus', '2026-12-01', '2026-12-02');
    expect(before?.inForce).toBe(false);
    expect(on?.inForce).toBe(true);
  });

  it('Annex III deployer duties (Art. 26) and the FRIA from 2 Dec 2027', () => {
    const answers = answersWith({ 'annex3.4b': true, 'art27.publicService': true });
    for (const id of ['art26.logs', 'art27.fria']) {
      const { before, on } = inForceAround(answers, id, '2027-12-01', '2027-12-02');
      expect(before?.inForce).toBe(false);
      expect(on?.inForce).toBe(true);
    }
  });

  it('Annex I high-risk duties from 2 Aug 2028', () => {
    const { before, on } = inForceAround(
      answersWith({ 'art6_1.annex1': true }),
      'art26.monitoring',
      '2028-08-01',
      '2028-08-02',
    );
    expect(before?.inForce).toBe(false);
    expect(on?.inForce).toBe(true);
  });

  it('the tier does not depend on the date', () => {
    const answers = answersWith({ 'annex3.1': true });
    expect(classifyAiAct(answers, '2024-01-01').tier).toBe('high');
    expect(classifyAiAct(answers, '2030-01-01').tier).toBe('high');
  });
});

describe('the application-dates table', () => {
  it('is in date order and matches the brief', () => {
    const dates = EU_AI_ACT_RULE_PACK.applicationDates.map((d) => `${d.id}=${d.date}`);
    expect(dates).toEqual([
      'entryIntoForce=2024-08-01',
      'literacyAndProhibitions=2025-02-02',
      'gpaiAndPenalties=2025-08-02',
      'transparency=2026-08-02',
      'omnibusProhibitions=2026-12-02',
      'highRiskAnnexIII=2027-12-02',
      'highRiskAnnexI=2028-08-02',
    ]);
  });
});
