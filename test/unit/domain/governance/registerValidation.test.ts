import { describe, expect, it } from 'vitest';
import {
  REGISTERS,
  RACI_NEEDS_ACCOUNTABLE,
  validateFieldValue,
  validateNewRecord,
  validatePatch,
} from '../../../../src/domain/governance';

const TODAY = '2026-11-26';
const issuesOf = (outcome: ReturnType<typeof validateNewRecord>) => (outcome.ok ? [] : outcome.issues);

describe('creating register records: bad input gets a clear message and nothing is returned to store', () => {
  it('an incident detected before it occurred', () => {
    const outcome = validateNewRecord(
      REGISTERS.incidents,
      {
        title: 'Wrong summary',
        occurredAt: '2026-11-20T10:00:00+01:00',
        detectedAt: '2026-11-20T09:00:00+01:00',
      },
      TODAY,
    );
    expect(issuesOf(outcome)).toEqual([
      expect.objectContaining({
        field: 'detectedAt',
        message: 'An incident cannot be detected before it occurred: check both times',
      }),
    ]);
  });

  it('an incident needs the moment it was detected, which may not lie in the future', () => {
    expect(issuesOf(validateNewRecord(REGISTERS.incidents, { title: 'X' }, TODAY))[0]).toMatchObject({
      field: 'detectedAt',
      message: expect.stringContaining('clocks start'),
    });
    expect(
      issuesOf(
        validateNewRecord(
          REGISTERS.incidents,
          { title: 'X', detectedAt: '2026-11-27T09:00:00+01:00' },
          TODAY,
        ),
      )[0].message,
    ).toBe('The incident cannot have been detected in the future');
    expect(
      issuesOf(validateNewRecord(REGISTERS.incidents, { title: 'X', detectedAt: 'yesterday' }, TODAY))[0]
        .message,
    ).toBe('Enter the time it was detected as a date and time');
  });

  it.each([0, 6, 2.5])('likelihood %s is refused', (likelihood) => {
    const issues = issuesOf(
      validateNewRecord(
        REGISTERS.risks,
        { title: 'Hallucinated facts', likelihoodBefore: likelihood },
        TODAY,
      ),
    );
    expect(issues).toEqual([
      { field: 'likelihoodBefore', message: 'Likelihood must be a whole number from 1 to 5' },
    ]);
  });

  it('a review date in the past on creation', () => {
    const issues = issuesOf(
      validateNewRecord(REGISTERS.aiSystems, { name: 'ChatGPT', nextReviewDate: '2026-11-25' }, TODAY),
    );
    expect(issues).toEqual([
      { field: 'nextReviewDate', message: 'Next review is in the past: choose today or a later date' },
    ]);
    expect(validateNewRecord(REGISTERS.aiSystems, { name: 'ChatGPT', nextReviewDate: TODAY }, TODAY).ok).toBe(
      true,
    );
    expect(
      issuesOf(validateNewRecord(REGISTERS.policies, { title: 'AUP', reviewDate: '2025-01-01' }, TODAY))[0]
        .field,
    ).toBe('reviewDate');
  });

  it('a RACI with no accountable person', () => {
    for (const accountable of ['', '   ']) {
      const issues = issuesOf(
        validateNewRecord(REGISTERS.raciEntries, { subject: 'CV summaries', accountable }, TODAY),
      );
      expect(issues).toEqual([{ field: 'accountable', message: RACI_NEEDS_ACCOUNTABLE }]);
    }
    expect(
      issuesOf(validateNewRecord(REGISTERS.raciEntries, { subject: 'CV summaries' }, TODAY))[0].field,
    ).toBe('accountable');
  });

  it('a record needs its name, and unknown fields are refused', () => {
    expect(issuesOf(validateNewRecord(REGISTERS.policies, { title: '  ' }, TODAY))).toEqual([
      { field: 'title', message: 'Enter the title' },
    ]);
    expect(
      issuesOf(validateNewRecord(REGISTERS.policies, { title: 'AUP', colour: 'red' }, TODAY))[0].message,
    ).toContain('no field "colour"');
  });

  it('a valid record gets the defaults and clean values', () => {
    const outcome = validateNewRecord(
      REGISTERS.aiSystems,
      { name: '  Copilot ', users: ['Sales team', 'sales team ', 'Finance'] },
      TODAY,
    );
    expect(outcome.ok && outcome.values).toMatchObject({
      name: 'Copilot',
      status: 'fromUseCases',
      users: ['Sales team', 'Finance'],
      classification: null,
      obligationsMet: [],
    });
  });

  it('training cannot be recorded ahead of time, and its refresh comes after it', () => {
    expect(
      issuesOf(
        validateNewRecord(
          REGISTERS.trainingRecords,
          { person: 'Recruiters', trainingDate: '2026-12-01' },
          TODAY,
        ),
      )[0].field,
    ).toBe('trainingDate');
    expect(
      issuesOf(validateNewRecord(REGISTERS.trainingRecords, { person: 'Recruiters', headcount: 0 }, TODAY))[0]
        .message,
    ).toContain('whole number from 1');
  });
});

describe('editing register records', () => {
  const incident = {
    ...REGISTERS.incidents.defaults(TODAY),
    title: 'Dropped experience',
    occurredAt: '2026-11-10T09:00:00+01:00',
    detectedAt: '2026-11-12T15:00:00+01:00',
  };

  it('refuses moving the occurrence after the detection, and accepts a consistent edit', () => {
    const bad = validatePatch(
      REGISTERS.incidents,
      incident,
      { occurredAt: '2026-11-13T09:00:00+01:00' },
      TODAY,
    );
    expect(bad.ok ? null : bad.issues[0].message).toBe(
      'An incident cannot be detected before it occurred: check both times',
    );
    expect(
      validatePatch(REGISTERS.incidents, incident, { occurredAt: '2026-11-11T09:00:00+01:00' }, TODAY).ok,
    ).toBe(true);
  });

  it('closing an incident records today as its closing date; reopening clears it', () => {
    const closed = validatePatch(REGISTERS.incidents, incident, { status: 'closed' }, TODAY);
    expect(closed.ok && closed.values).toEqual({ status: 'closed', closedDate: TODAY });
    const reopened = validatePatch(
      REGISTERS.incidents,
      { ...incident, status: 'closed', closedDate: TODAY },
      { status: 'investigating' },
      TODAY,
    );
    expect(reopened.ok && reopened.values).toEqual({ status: 'investigating', closedDate: null });
  });

  it('an overdue review date already stored does not block other edits, but a new past date is refused', () => {
    const system = { ...REGISTERS.aiSystems.defaults(TODAY), name: 'Old tool', nextReviewDate: '2026-01-01' };
    expect(validatePatch(REGISTERS.aiSystems, system, { vendor: 'Acme' }, TODAY).ok).toBe(true);
    const past = validatePatch(REGISTERS.aiSystems, system, { nextReviewDate: '2026-11-01' }, TODAY);
    expect(past.ok ? null : past.issues[0].field).toBe('nextReviewDate');
  });

  it('after-control scores need the before-control score', () => {
    const risk = REGISTERS.risks.defaults(TODAY);
    const outcome = validatePatch(REGISTERS.risks, { ...risk, title: 'Bias' }, { likelihoodAfter: 2 }, TODAY);
    expect(outcome.ok ? null : outcome.issues[0].message).toBe('Score the likelihood before controls first');
  });

  it('validates single field values with the register schema', () => {
    expect(validateFieldValue(REGISTERS.risks, 'severityBefore', 5)).toEqual({ ok: true, value: 5 });
    expect(validateFieldValue(REGISTERS.risks, 'severityBefore', 0)).toEqual({
      ok: false,
      message: 'Severity must be a whole number from 1 to 5',
    });
    expect(validateFieldValue(REGISTERS.aiSystems, 'status', 'maybe')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Approved, Restricted, Banned'),
    });
  });

  it('an approved policy needs its approver; a decision is logged once taken', () => {
    const policy = { ...REGISTERS.policies.defaults(TODAY), title: 'AUP' };
    expect(validatePatch(REGISTERS.policies, policy, { status: 'approved' }, TODAY).ok).toBe(false);
    expect(
      validatePatch(REGISTERS.policies, { ...policy, approvedBy: 'Board' }, { status: 'approved' }, TODAY).ok,
    ).toBe(true);
    expect(
      validateNewRecord(
        REGISTERS.governanceDecisions,
        { decision: 'Ban free ChatGPT', date: '2026-12-01' },
        TODAY,
      ).ok,
    ).toBe(false);
  });
});
