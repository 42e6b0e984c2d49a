import { describe, expect, it } from 'vitest';
import {
  REGISTERS,
  formatFieldValue,
  fieldDef,
  registerCsv,
  sortValue,
  type EscalationPath,
  type Incident,
} from '../../../../src/domain/governance';
import { makeRecord } from './registerFixtures';

describe('register values as text and CSV', () => {
  it('formats each kind of field', () => {
    const incidents = REGISTERS.incidents;
    expect(formatFieldValue(fieldDef(incidents, 'severity')!, 'verySerious')).toBe('Very serious');
    expect(formatFieldValue(fieldDef(incidents, 'personalDataBreach')!, true)).toBe('Yes');
    expect(formatFieldValue(fieldDef(incidents, 'closedDate')!, '2026-11-26')).toBe('26 Nov 2026');
    expect(formatFieldValue(fieldDef(incidents, 'closedDate')!, '2026-11-26', { dates: 'iso' })).toBe(
      '2026-11-26',
    );
    expect(
      formatFieldValue(fieldDef(incidents, 'aiSystemIds')!, ['a', 'b'], {
        linkLabel: (id) => id.toUpperCase(),
      }),
    ).toBe('A; B');
    expect(
      formatFieldValue(fieldDef(REGISTERS.escalationPaths, 'steps')!, [
        { contact: 'Team lead', responseTime: '4 h' },
        { contact: 'COO', responseTime: '' },
      ]),
    ).toBe('1. Team lead (4 h); 2. COO');
    expect(
      formatFieldValue(fieldDef(REGISTERS.aiSystems, 'dataSubjects')!, ['candidates', 'employees']),
    ).toBe('Candidates; Employees');
  });

  it('exports every field with quotes and line breaks escaped, links by name', () => {
    const path = makeRecord<EscalationPath>('escalationPaths', {
      title: 'Bias complaint, candidates',
      steps: [{ contact: 'Recruiter "on duty"', responseTime: '1 day' }],
      aiSystemIds: ['sys-1'],
    });
    const csv = registerCsv(REGISTERS.escalationPaths, [path], {
      linkLabel: () => 'CV summaries (High risk)',
    });
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Name,Type of issue,First contact,First response within,Final decision maker,AI systems,Escalation steps,Notes,Created,Last changed',
    );
    expect(row).toContain('"Bias complaint, candidates",AI error');
    expect(row).toContain('"1. Recruiter ""on duty"" (1 day)"');
    expect(row).toContain('CV summaries (High risk)');
  });

  it('adds extra columns', () => {
    const csv = registerCsv(
      REGISTERS.incidents,
      [makeRecord<Incident>('incidents', { title: 'X', detectedAt: '2026-11-20T09:00:00+01:00' })],
      { extras: [{ header: 'Clocks', value: () => 'none' }] },
    );
    expect(csv.split('\r\n')[0]).toContain(',Clocks,Created,Last changed');
  });

  it('sorts empty values apart, selects in option order, numbers as numbers', () => {
    const status = fieldDef(REGISTERS.incidents, 'status');
    expect(sortValue(status, 'closed')).toBeGreaterThan(sortValue(status, 'open') as number);
    expect(sortValue(fieldDef(REGISTERS.risks, 'likelihoodBefore'), 5)).toBe(5);
    expect(sortValue(fieldDef(REGISTERS.risks, 'dueDate'), null)).toBeNull();
  });
});
