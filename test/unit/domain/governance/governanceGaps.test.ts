import { describe, expect, it } from 'vitest';
import {
  createStoredClassification,
  governanceGaps,
  literacyCoverage,
  personKey,
  type DecisionRight,
  type PrivacyRecord,
  type RaciEntry,
  type Risk,
  type TrainingRecord,
} from '../../../../src/domain/governance';
import { CV_SUMMARIES, JOB_POSTINGS } from './aiActFixtures';
import { data, makeRecord, system } from './registerFixtures';

const TODAY = '2026-11-26';
const classified = (answers = JOB_POSTINGS) => {
  const outcome = createStoredClassification(answers, TODAY);
  if (!outcome.ok) throw new Error('incomplete');
  return outcome.value;
};
/** The gaps these tests are about: open EU AI Act duties have their own tests (aiActDuties.test.ts). */
const otherGaps = (...args: Parameters<typeof governanceGaps>) =>
  governanceGaps(...args).filter((g) => g.kind !== 'dutiesOpen');
const kinds = (gaps: { kind: string; subject: string }[]) => gaps.map((g) => `${g.kind}:${g.subject}`);

describe('governance gaps', () => {
  it('flags an unclassified system and one without an accountable person; retired and banned systems are ignored', () => {
    const gaps = otherGaps(
      data({
        aiSystems: [
          system({ name: 'Copilot', businessOwner: '', classification: classified() }),
          system({ name: 'Unknown bot', classification: null }),
          system({ name: 'Old tool', status: 'retired', businessOwner: '' }),
          system({ name: 'Free ChatGPT', status: 'banned', businessOwner: '' }),
        ],
      }),
      TODAY,
    );
    expect(kinds(gaps)).toEqual(['noAccountable:Copilot', 'unclassified:Unknown bot']);
  });

  it('a RACI Accountable covers a system without a business owner', () => {
    const copilot = system({ name: 'Copilot', businessOwner: '', classification: classified() });
    const raci = makeRecord<RaciEntry>('raciEntries', {
      subject: 'Copilot',
      accountable: 'CFO',
      aiSystemIds: [copilot.id],
    });
    expect(otherGaps(data({ aiSystems: [copilot], raciEntries: [raci] }), TODAY)).toEqual([]);
  });

  it('flags a high-risk system without decision rights, then without an oversight model', () => {
    const cv = system({ name: 'CV summaries', classification: classified(CV_SUMMARIES) });
    expect(kinds(otherGaps(data({ aiSystems: [cv] }), TODAY))).toEqual(['noOversight:CV summaries']);
    const right = makeRecord<DecisionRight>('decisionRights', {
      decisionType: 'Rejecting a candidate',
      aiSystemIds: [cv.id],
    });
    const gaps = otherGaps(data({ aiSystems: [cv], decisionRights: [right] }), TODAY);
    expect(gaps.map((g) => g.message)).toEqual(['High-risk, but its human-oversight model is not set.']);
    expect(
      otherGaps(
        data({ aiSystems: [{ ...cv, humanOversight: 'inTheLoop' }], decisionRights: [right] }),
        TODAY,
      ),
    ).toEqual([]);
  });

  it('flags a likely-required DPIA until one is recorded on the system or a linked processing record', () => {
    const cv = system({
      name: 'CV summaries',
      classification: classified(),
      dpiaCriteria: ['evaluationScoring', 'vulnerableSubjects', 'innovativeTechnology'],
    });
    expect(otherGaps(data({ aiSystems: [cv] }), TODAY)[0]).toMatchObject({
      kind: 'dpiaMissing',
      message: 'DPIA likely required (3 of 9 screening criteria) and no DPIA is recorded.',
    });
    expect(
      otherGaps(data({ aiSystems: [{ ...cv, dpiaStatus: 'completed', dpiaDate: '2026-10-01' }] }), TODAY),
    ).toEqual([]);
    const record = makeRecord<PrivacyRecord>('privacyRecords', {
      title: 'Candidate data',
      aiSystemIds: [cv.id],
      dpiaStatus: 'completed',
      dpiaDate: '2026-10-01',
    });
    expect(otherGaps(data({ aiSystems: [cv], privacyRecords: [record] }), TODAY)).toEqual([]);
    const one = system({
      name: 'Email',
      classification: classified(),
      dpiaCriteria: ['innovativeTechnology'],
    });
    expect(otherGaps(data({ aiSystems: [one] }), TODAY)).toEqual([]);
  });

  it('flags overdue reviews of systems, processing records, open risks and policies', () => {
    const gaps = otherGaps(
      data({
        aiSystems: [system({ name: 'Copilot', classification: classified(), nextReviewDate: '2026-11-25' })],
        risks: [
          makeRecord<Risk>('risks', { title: 'Open risk', reviewDate: '2026-10-26' }),
          makeRecord<Risk>('risks', { title: 'Closed risk', reviewDate: '2026-10-26', status: 'closed' }),
          makeRecord<Risk>('risks', { title: 'Due today', reviewDate: TODAY }),
        ],
      }),
      TODAY,
    );
    expect(gaps.map((g) => g.message)).toEqual([
      'Review was due on 25 Nov 2026 (1 day ago).',
      'Risk review was due on 26 Oct 2026 (31 days ago).',
    ]);
  });
});

describe('AI-literacy coverage', () => {
  const training = (fields: Record<string, unknown>) => makeRecord<TrainingRecord>('trainingRecords', fields);

  it('counts users of systems in use and training records, weighted by headcount', () => {
    const systems = [
      system({ name: 'CV summaries', users: ['Recruiters (team)', 'Sanne Bakker'] }),
      system({ name: 'Old tool', status: 'retired', users: ['Former user'] }),
    ];
    const records = [
      training({ person: 'Recruiters', headcount: 12, trainingDate: '2026-09-01', refreshDue: '2027-09-01' }),
      training({
        person: 'Account managers',
        headcount: 6,
        trainingDate: '2025-09-01',
        refreshDue: '2026-09-01',
      }),
      training({ person: 'Planners', headcount: 2, trainingDate: null }),
    ];
    const coverage = literacyCoverage(systems, records, TODAY);
    expect(coverage).toMatchObject({ totalPeople: 21, trainedPeople: 12, percent: 57 });
    expect(coverage.untrained.map((u) => [u.name, u.reason])).toEqual([
      ['Account managers', 'refreshOverdue'],
      ['Planners', 'notTrained'],
      ['Sanne Bakker', 'noRecord'],
    ]);
    expect(coverage.untrained.find((u) => u.name === 'Sanne Bakker')?.systems).toEqual(['CV summaries']);
  });

  it('is unknown (not 0 % or 100 %) when nobody is recorded as using AI', () => {
    expect(literacyCoverage([], [], TODAY).percent).toBeNull();
  });

  it('matches names ignoring case, spaces and a role in brackets', () => {
    expect(personKey('  Sanne   Bakker (Recruiter) ')).toBe(personKey('sanne bakker'));
  });

  it('people without current training are gaps', () => {
    const gaps = otherGaps(
      data({
        aiSystems: [system({ name: 'Copilot', classification: classified(), users: ['Finance team'] })],
      }),
      TODAY,
    );
    expect(gaps).toEqual([
      expect.objectContaining({
        kind: 'untrained',
        subject: 'Finance team',
        message: 'Uses an AI system, no training recorded. Uses Copilot.',
      }),
    ]);
  });
});
