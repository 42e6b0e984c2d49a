import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_STATUSES,
  FRAMEWORK_IDS,
  FRAMEWORK_PACK,
  controlGaps,
  coverageByFramework,
  frameworkById,
  requirementStates,
  soaRows,
  type ClientControl,
  type EvidenceItem,
  type FrameworkCoverage,
  type FrameworkId,
  type RequirementDecision,
} from '../../../../src/domain/controls';
import { CoverageTable } from '../../../../src/features/controls/CoverageFigures';

const TODAY = '2026-12-01';
const REQUIREMENTS = FRAMEWORK_PACK.requirements;
const day = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);

const recordsArb = fc
  .record({
    decisions: fc.uniqueArray(fc.record({ index: fc.nat(REQUIREMENTS.length - 1), excluded: fc.boolean() }), {
      selector: (d) => d.index,
      maxLength: 60,
    }),
    controls: fc.array(
      fc.record({
        requirements: fc.uniqueArray(fc.nat(REQUIREMENTS.length - 1), { maxLength: 6 }),
        status: fc.constantFrom(...CONTROL_STATUSES),
      }),
      { maxLength: 12 },
    ),
    evidence: fc.array(
      fc.record({
        control: fc.nat(11),
        from: fc.integer({ min: -400, max: 30 }),
        length: fc.option(fc.integer({ min: 0, max: 500 })),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ decisions, controls, evidence }) => {
    const c: ClientControl[] = controls.map((x, i) => ({
      id: `c${i}`,
      clientId: 'k',
      libraryControlId: null,
      title: `Control ${i}`,
      description: '',
      requirementIds: x.requirements.map((r) => REQUIREMENTS[r].id),
      ownerRole: '',
      evidenceExpected: '',
      reviewIntervalMonths: 12,
      status: x.status,
      owner: '',
      riskIds: [],
      aiSystemIds: [],
      policyIds: [],
      obligationIds: [],
      nextReviewDate: null,
      notes: '',
      createdAt: '',
      updatedAt: '',
    }));
    const d: RequirementDecision[] = decisions.map((x, i) => ({
      id: `d${i}`,
      clientId: 'k',
      requirementId: REQUIREMENTS[x.index].id,
      applicability: x.excluded ? 'excluded' : 'applicable',
      reasons: x.excluded ? [] : ['legal'],
      justification: x.excluded ? 'Not relevant here at all' : '',
      decidedOn: TODAY,
      createdAt: '',
      updatedAt: '',
    }));
    const e: EvidenceItem[] =
      c.length === 0
        ? []
        : evidence.map((x, i) => ({
            id: `e${i}`,
            clientId: 'k',
            controlId: c[x.control % c.length].id,
            title: `E${i}`,
            kind: 'link',
            file: null,
            url: 'https://example.com',
            date: day(x.from),
            validUntil: x.length === null ? null : day(x.from + x.length),
            providedBy: '',
            createdAt: '',
            updatedAt: '',
          }));
    return { controls: c, decisions: d, evidence: e };
  });

/** The figures counted the plain way, straight from the records, as a reader of the definition would. */
function oracle(
  records: { controls: ClientControl[]; decisions: RequirementDecision[]; evidence: EvidenceItem[] },
  framework: FrameworkId,
): FrameworkCoverage {
  const own = REQUIREMENTS.filter((r) => r.framework === framework);
  let applicable = 0,
    undecided = 0,
    implemented = 0,
    evidenced = 0;
  for (const r of own) {
    const decision = r.mandatory ? undefined : records.decisions.find((d) => d.requirementId === r.id);
    if (decision?.applicability === 'excluded') continue;
    applicable++;
    if (!r.mandatory && !decision) undecided++;
    const mapped = records.controls.filter((c) => c.requirementIds.includes(r.id));
    const done = mapped.length > 0 && mapped.every((c) => c.status === 'implemented');
    if (done) implemented++;
    const shown =
      done &&
      mapped.every((c) =>
        records.evidence.some(
          (e) => e.controlId === c.id && e.date <= TODAY && (e.validUntil === null || e.validUntil >= TODAY),
        ),
      );
    if (shown) evidenced++;
  }
  return {
    framework,
    total: own.length,
    applicable,
    undecided,
    excluded: own.length - applicable,
    implemented,
    evidenced,
    readiness: applicable === 0 ? null : Math.round((100 * (implemented + evidenced)) / (2 * applicable)),
  };
}

function shownFigures(html: string, framework: FrameworkId): Record<string, string> {
  const name = frameworkById(framework).shortName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = new RegExp(`<tr[^>]*><th scope="row"[^>]*>${name}</th>(.*?)</tr>`).exec(html)?.[1] ?? '';
  return Object.fromEntries(
    [...row.matchAll(/data-figure="(\w+)">(?:<strong>)?([^<]*)/g)].map((m) => [m[1], m[2]]),
  );
}

describe('coverage and readiness', () => {
  it("computed from a client's records equals the plain count, and the screen shows exactly those figures (property)", () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const coverage = coverageByFramework(records, FRAMEWORK_IDS, TODAY);
        const html = renderToStaticMarkup(<CoverageTable coverage={coverage} />);
        for (const c of coverage) {
          expect(c).toEqual(oracle(records, c.framework));
          expect(c.evidenced).toBeLessThanOrEqual(c.implemented);
          expect(c.implemented).toBeLessThanOrEqual(c.applicable);
          const shown = shownFigures(html, c.framework);
          expect(shown).toEqual({
            applicable: String(c.applicable),
            implemented: String(c.implemented),
            evidenced: String(c.evidenced),
            excluded: String(c.excluded),
            undecided: String(c.undecided),
            readiness: c.readiness === null ? '—' : `${c.readiness}%`,
          });
        }
        const iso = coverage.find((c) => c.framework === 'iso42001')!;
        const rows = soaRows(requirementStates(records, TODAY), records.evidence, TODAY);
        expect(rows).toHaveLength(38);
        const annexExcluded = rows.filter((r) => r.applicable === 'No').length;
        expect(iso.excluded).toBe(annexExcluded);
      }),
      { numRuns: 150 },
    );
  });

  it('scores half for implemented and half for evidenced; expired evidence does not count', () => {
    const control: ClientControl = {
      id: 'c1',
      clientId: 'k',
      libraryControlId: null,
      title: 'Logs kept',
      description: '',
      requirementIds: ['iso42001:A.6.2.8'],
      ownerRole: '',
      evidenceExpected: '',
      reviewIntervalMonths: 12,
      status: 'implemented',
      owner: '',
      riskIds: [],
      aiSystemIds: [],
      policyIds: [],
      obligationIds: [],
      nextReviewDate: '2026-11-01',
      notes: '',
      createdAt: '',
      updatedAt: '',
    };
    const decisions: RequirementDecision[] = FRAMEWORK_PACK.requirements
      .filter((r) => r.framework === 'iso42001' && !r.mandatory)
      .map((r, i) => ({
        id: `d${i}`,
        clientId: 'k',
        requirementId: r.id,
        applicability: r.ref === 'A.6.2.8' ? 'applicable' : 'excluded',
        reasons: ['legal'],
        justification: 'Out of scope for this test',
        decidedOn: TODAY,
        createdAt: '',
        updatedAt: '',
      }));
    const isoOnly = (evidence: EvidenceItem[]) =>
      coverageByFramework({ controls: [control], decisions, evidence }, ['iso42001'], TODAY)[0];
    const expired: EvidenceItem = {
      id: 'e1',
      clientId: 'k',
      controlId: 'c1',
      title: 'Log setting',
      kind: 'link',
      file: null,
      url: 'https://x.example',
      date: '2026-01-01',
      validUntil: '2026-11-30',
      providedBy: '',
      createdAt: '',
      updatedAt: '',
    };
    // 27 mandatory clauses (no control) + A.6.2.8 implemented.
    expect(isoOnly([expired])).toMatchObject({ applicable: 28, implemented: 1, evidenced: 0, readiness: 2 });
    expect(isoOnly([{ ...expired, validUntil: '2026-12-01' }])).toMatchObject({
      implemented: 1,
      evidenced: 1,
      readiness: 4,
    });
    const states = requirementStates({ controls: [control], decisions, evidence: [expired] }, TODAY);
    const gaps = controlGaps(
      { controls: [control], decisions, evidence: [expired] },
      states,
      ['iso42001'],
      TODAY,
    );
    expect(gaps.map((g) => g.kind).sort()).toEqual(['controlReviewOverdue', 'evidenceExpired', 'noControl']);
  });
});
