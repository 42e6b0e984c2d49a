import { describe, expect, it } from 'vitest';
import {
  expectedProgressOn,
  freezeEvidence,
  kpiStatus,
  KPI_STATUS_RULE_EXPLANATION,
  validateKpi,
  validateMeasurement,
} from '../../../../src/domain/portfolio';
import {
  cvScreenTime,
  cvSummaries,
  emailHours,
  emailSatisfaction,
  jobPostings,
  makeKpi,
  makeMeasurement,
  postingTime,
  staffingMeasurements,
  TODAY,
} from './fixtures';

const periodOf = (u: typeof jobPostings) => ({ start: u.charter.startDate, end: u.charter.plannedEndDate });

describe('validateKpi', () => {
  it('accepts the demo KPIs', () => {
    for (const kpi of [postingTime, cvScreenTime, emailHours, emailSatisfaction])
      expect(validateKpi(kpi).ok).toBe(true);
  });

  it('refuses a target equal to the baseline', () => {
    const result = validateKpi(makeKpi({ baselineValue: 45, targetValue: 45 }));
    expect(!result.ok && result.errors).toEqual([
      {
        field: 'targetValue',
        message:
          'The target equals the baseline (45 minutes per task): set a target that is an improvement, otherwise there is nothing to measure',
      },
    ]);
  });

  it('refuses a target on the wrong side of the baseline', () => {
    const lower = validateKpi(makeKpi({ direction: 'lower-is-better', baselineValue: 45, targetValue: 60 }));
    expect(!lower.ok && lower.errors[0].message).toBe(
      'Lower is better, so the target must be below the baseline (45 minutes per task)',
    );
    const higher = validateKpi(
      makeKpi({ unit: 'percent', direction: 'higher-is-better', baselineValue: 40, targetValue: 30 }),
    );
    expect(!higher.ok && higher.errors[0].message).toBe(
      'Higher is better, so the target must be above the baseline (40%)',
    );
  });

  it('refuses a scale-up threshold that is no improvement', () => {
    const result = validateKpi(makeKpi({ scaleUpThreshold: 50 }));
    expect(!result.ok && result.errors[0]).toMatchObject({ field: 'scaleUpThreshold' });
  });

  it('refuses non-numeric values and half a baseline', () => {
    const text = validateKpi({ ...makeKpi(), baselineValue: 'forty' });
    expect(!text.ok && text.errors[0]).toEqual({
      field: 'baselineValue',
      message: 'Baseline value must be a number',
    });
    const noDate = validateKpi(makeKpi({ baselineDate: null }));
    expect(!noDate.ok && noDate.errors[0]).toEqual({
      field: 'baselineDate',
      message: 'Give the date the baseline was measured',
    });
  });

  it('needs a unit text for "other"', () => {
    expect(validateKpi(makeKpi({ unit: 'other' })).ok).toBe(false);
    expect(validateKpi(makeKpi({ unit: 'other', unitLabel: 'tickets' })).ok).toBe(true);
  });
});

describe('validateMeasurement', () => {
  it('accepts a measurement between the baseline date and today', () => {
    expect(validateMeasurement(makeMeasurement(postingTime, '2026-03-02', 20), postingTime, TODAY).ok).toBe(
      true,
    );
    expect(validateMeasurement(makeMeasurement(postingTime, TODAY, 20), postingTime, TODAY).ok).toBe(true);
    expect(validateMeasurement(makeMeasurement(postingTime, '2026-01-05', 44), postingTime, TODAY).ok).toBe(
      true,
    );
  });

  it('refuses a measurement dated before the baseline', () => {
    const result = validateMeasurement(makeMeasurement(postingTime, '2026-01-04', 40), postingTime, TODAY);
    expect(!result.ok && result.errors).toEqual([
      {
        field: 'date',
        message:
          'The measurement date (4 Jan 2026) is before the baseline date (5 Jan 2026) of "Time to draft a job posting"',
      },
    ]);
  });

  it('refuses a measurement in the future', () => {
    const result = validateMeasurement(makeMeasurement(postingTime, '2026-03-21', 18), postingTime, TODAY);
    expect(!result.ok && result.errors[0].message).toBe(
      'The measurement date (21 Mar 2026) is in the future (today is 20 Mar 2026)',
    );
  });

  it('refuses a non-numeric value, NaN and an impossible date', () => {
    const base = makeMeasurement(postingTime, '2026-03-02', 20);
    for (const value of ['20', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      const result = validateMeasurement({ ...base, value }, postingTime, TODAY);
      expect(!result.ok && result.errors).toEqual([{ field: 'value', message: 'Value must be a number' }]);
    }
    const badDate = validateMeasurement({ ...base, date: '2026-02-30' }, postingTime, TODAY);
    expect(!badDate.ok && badDate.errors[0].message).toBe(
      'Measurement date must be a valid date (YYYY-MM-DD)',
    );
  });

  it('refuses a measurement of another KPI', () => {
    const result = validateMeasurement(makeMeasurement(cvScreenTime, '2026-03-02', 10), postingTime, TODAY);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['kpiId', 'useCaseId']);
  });
});

describe('kpiStatus', () => {
  it('puts job postings (lower is better) on track: 45 -> 20 minutes against a target of 15', () => {
    const result = kpiStatus(postingTime, staffingMeasurements, TODAY, periodOf(jobPostings));
    expect(result.status).toBe('on-track');
    expect(result.latest?.value).toBe(20);
    expect(result.progress).toBeCloseTo(25 / 30, 5);
    expect(result.expectedProgress).toBeCloseTo(49 / 88, 5); // 2 March, day 49 of 88
    expect(result.scaleUpThresholdMet).toBe(true); // 20 is better than the threshold of 25
    expect(result.explanation).toBe(
      'Latest 20 minutes per task on 2 Mar 2026 is 83% of the way from the baseline 45 minutes per task to the target ' +
        '15 minutes per task: on track because progress is at least the expected 56% minus 10 points.',
    );
  });

  it('puts CV screening off track: 12 -> 11 minutes with 92% of the pilot gone', () => {
    const result = kpiStatus(cvScreenTime, staffingMeasurements, TODAY, periodOf(cvSummaries));
    expect(result.status).toBe('off-track');
    expect(result.progress).toBeCloseTo(1 / 6, 5);
    expect(result.scaleUpThresholdMet).toBe(false);
  });

  it('handles a higher-is-better KPI', () => {
    const adoption = makeKpi({
      id: 'k-adopt',
      unit: 'percent',
      direction: 'higher-is-better',
      baselineValue: 0,
      targetValue: 80,
    });
    const period = { start: '2026-01-01', end: '2026-05-01' }; // 120 days
    const at = (date: string, value: number) =>
      kpiStatus(adoption, [makeMeasurement(adoption, date, value)], TODAY, period).status;
    expect(at('2026-03-02', 40)).toBe('on-track'); // day 60: expected 50%, progress 50%
    expect(at('2026-03-02', 33)).toBe('on-track'); // progress 41%, within 10 points
    expect(at('2026-03-02', 30)).toBe('at-risk'); // progress 37.5%
    expect(at('2026-03-02', 19)).toBe('off-track'); // progress 23.75% < half of 50%
    expect(at('2026-01-15', 85)).toBe('on-track'); // target reached early
  });

  it('is off track when the KPI moves away from the target', () => {
    const worse = kpiStatus(
      postingTime,
      [makeMeasurement(postingTime, '2026-01-20', 50)],
      TODAY,
      periodOf(jobPostings),
    );
    expect(worse.status).toBe('off-track');
    expect(worse.progress).toBe(0);
    expect(worse.rawProgress).toBeCloseTo(-1 / 6, 5);
    expect(worse.explanation).toContain('worse than the baseline');
  });

  it('judges against the full target without a pilot period', () => {
    expect(expectedProgressOn('2026-03-02', null)).toBe(1);
    const m = [makeMeasurement(postingTime, '2026-03-02', 20)]; // 83%
    expect(kpiStatus(postingTime, m, TODAY).status).toBe('at-risk');
    expect(kpiStatus(postingTime, [makeMeasurement(postingTime, '2026-03-02', 17)], TODAY).status).toBe(
      'on-track',
    ); // 93%
  });

  it('uses the latest valid measurement and ignores future and pre-baseline ones', () => {
    const measurements = [
      makeMeasurement(postingTime, '2026-03-02', 20),
      makeMeasurement(postingTime, '2026-03-25', 14), // after today
      makeMeasurement(postingTime, '2026-01-01', 60), // before the baseline
    ];
    expect(kpiStatus(postingTime, measurements, TODAY).latest?.date).toBe('2026-03-02');
  });

  it('has no data without measurements or without baseline', () => {
    expect(kpiStatus(postingTime, [], TODAY)).toMatchObject({
      status: 'no-data',
      latest: null,
      progress: null,
    });
    expect(kpiStatus(makeKpi({ baselineValue: null, baselineDate: null }), [], TODAY).status).toBe('no-data');
  });

  it('documents its rule', () => {
    expect(KPI_STATUS_RULE_EXPLANATION).toContain('minus 10 points');
    expect(KPI_STATUS_RULE_EXPLANATION).toContain('less than half of the expected progress');
  });
});

describe('freezeEvidence', () => {
  it('copies the KPI results as of the decision date', () => {
    const evidence = freezeEvidence([postingTime], staffingMeasurements, '2026-02-15', periodOf(jobPostings));
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      kpiId: 'kpi-posting-time',
      name: 'Time to draft a job posting',
      baselineValue: 45,
      targetValue: 15,
      latestValue: 30, // the 2 March measurement is after the decision date
      latestDate: '2026-02-02',
      measurementCount: 1,
      progress: 0.5,
      scaleUpThresholdMet: false,
    });
  });

  it('does not change when the KPI is edited afterwards', () => {
    const kpi = { ...postingTime };
    const evidence = freezeEvidence([kpi], staffingMeasurements, TODAY);
    kpi.targetValue = 10;
    kpi.name = 'Renamed';
    expect(evidence[0].targetValue).toBe(15);
    expect(evidence[0].name).toBe('Time to draft a job posting');
  });
});
