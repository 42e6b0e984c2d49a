import type { GateDecision, Kpi, Measurement, UseCase } from '../domain/portfolio';
import { DEMO_CLIENT_IDS } from './clients';
import { daysFrom, type DemoContext } from './dates';
import { demoGateDecision, demoKpi, demoMeasurements, demoUseCase } from './portfolioBuild';

/** Van Dijk (accountancy, early: ideas and one assessment) and Nordhaven (manufacturer: structural, retired, a new pilot). */
export const OTHER_USE_CASE_IDS = {
  receipts: 'demo-uc-vd-receipts',
  yearEnd: 'demo-uc-vd-yearend',
  taxQuestions: 'demo-uc-vd-taxquestions',
  minutes: 'demo-uc-vd-minutes',
  qualityInspection: 'demo-uc-nh-inspection',
  predictiveMaintenance: 'demo-uc-nh-maintenance',
  quotes: 'demo-uc-nh-quotes',
  supplierDocs: 'demo-uc-nh-supplierdocs',
  workInstructions: 'demo-uc-nh-workinstructions',
} as const;

type Portfolio = { useCases: UseCase[]; kpis: Kpi[]; measurements: Measurement[]; decisions: GateDecision[] };

export function accountancyPortfolio(ctx: DemoContext): Portfolio {
  const c = DEMO_CLIENT_IDS.accountancy;
  const ids = OTHER_USE_CASE_IDS;
  const fromWorkshop = 'From the all-staff ideation workshop';
  const receipts = demoUseCase(
    ctx,
    c,
    ids.receipts,
    'Booking receipts and invoices',
    [
      ['idea', 25, fromWorkshop],
      ['assessment', 12, 'Top-voted idea; data check with two client files'],
    ],
    {
      workshopIdeaId: 'demo-idea-vandijk-1',
      process: 'Bookkeeping',
      problemStatement:
        'Assistants book receipts and purchase invoices of small clients by hand: about 90 minutes per client per month.',
      intendedUse:
        'Read receipts and invoices and propose the booking (ledger account, VAT code); the assistant confirms each one.',
      outOfScopeUse: 'Booking without confirmation; payroll documents.',
      users: '5 bookkeeping assistants',
      affectedPersons: ['clients'],
      businessOwner: 'Petra Smit (Head of Bookkeeping)',
      projectOwner: 'Daan Vos (Assistant accountant)',
      sponsor: 'Joost van Dijk (Managing Partner)',
      scores: { impact: 4, reach: 4, feasibility: 4, dataReadiness: 3, confidence: 3 },
      riskTier: 'minimal',
      charter: {
        hypothesis:
          'Booking a month of receipts for a small client takes 45 minutes instead of 90, with no more corrections at the quarterly review.',
        scopeAndUsers: '2 assistants, 15 small clients',
        dataRules: 'Receipts and invoices of clients who agreed in writing; processing in the EU only.',
      },
    },
  );
  const yearEnd = demoUseCase(
    ctx,
    c,
    ids.yearEnd,
    'Drafting year-end report notes',
    [['idea', 25, fromWorkshop]],
    {
      workshopIdeaId: 'demo-idea-vandijk-2',
      process: 'Year-end reporting',
      problemStatement: 'Explanatory notes of year-end reports are written from scratch each year.',
      businessOwner: 'Joost van Dijk (Managing Partner)',
      affectedPersons: ['clients'],
      scores: { impact: 4, reach: 3, feasibility: 2, dataReadiness: 2, confidence: 2 },
    },
  );
  const tax = demoUseCase(
    ctx,
    c,
    ids.taxQuestions,
    'Answering routine tax questions',
    [['idea', 25, fromWorkshop]],
    {
      workshopIdeaId: 'demo-idea-vandijk-3',
      process: 'Client service',
      problemStatement: 'Partners answer the same routine tax questions by phone and email every week.',
      affectedPersons: ['clients'],
      scores: { impact: 3, reach: 3, feasibility: 3, dataReadiness: 2, confidence: 2 },
      riskTier: 'limited',
    },
  );
  const minutes = demoUseCase(
    ctx,
    c,
    ids.minutes,
    'Minutes of client meetings',
    [['idea', 25, fromWorkshop]],
    {
      process: 'Client meetings',
      problemStatement: 'Meeting notes are typed up after the meeting, often days later.',
      businessOwner: 'Joost van Dijk (Managing Partner)',
      affectedPersons: ['clients', 'employees'],
      scores: { impact: 2, reach: 3, feasibility: 5, dataReadiness: 4, confidence: 4 },
      riskTier: 'minimal',
    },
  );
  const receiptTime = demoKpi(ctx, receipts, 'demo-kpi-vd-receipts-time', 10, {
    name: 'Time to book a month of receipts (per client)',
    definition: 'Timed on 15 small clients in the last month before the pilot.',
    unit: 'minutes-per-task',
    direction: 'lower-is-better',
    baselineValue: 90,
    targetValue: 45,
    scaleUpThreshold: 60,
    tasksPerMonth: 40,
  });
  return {
    useCases: [receipts, yearEnd, tax, minutes],
    kpis: [receiptTime],
    measurements: [],
    decisions: [],
  };
}

export function manufacturerPortfolio(ctx: DemoContext): Portfolio {
  const c = DEMO_CLIENT_IDS.manufacturer;
  const ids = OTHER_USE_CASE_IDS;
  const inspection = demoUseCase(
    ctx,
    c,
    ids.qualityInspection,
    'Visual quality inspection, line 2',
    [
      ['idea', 410],
      ['assessment', 390],
      ['pilot', 350],
      ['evaluation', 260, 'Gate decision: Scale'],
      ['structural', 200, 'Gate decision: Scale — in production on line 2'],
    ],
    {
      process: 'Production — quality control',
      problemStatement:
        'Manual visual inspection of machined housings misses surface defects and takes 60 hours a week.',
      intendedUse: 'A camera system flags surface defects; an inspector confirms every rejection.',
      outOfScopeUse: 'Judging the performance of operators.',
      users: 'Quality inspectors of line 2',
      affectedPersons: ['customers', 'employees'],
      businessOwner: 'Katrin Albers (COO)',
      projectOwner: 'Jonas Weber (Quality Manager)',
      sponsor: 'Katrin Albers (COO)',
      scores: { impact: 5, reach: 3, feasibility: 3, dataReadiness: 4, confidence: 4 },
      riskTier: 'minimal',
      charter: {
        hypothesis:
          'Camera inspection halves the defect escape rate and cuts manual inspection to 25 hours a week.',
        scopeAndUsers: 'Line 2, housings series H; 4 inspectors',
        startDate: daysFrom(ctx, -350),
        plannedEndDate: daysFrom(ctx, -265),
        dataRules: 'Images of parts only; cameras do not record people.',
        humanOversightRule:
          'An inspector confirms every rejection; the shift lead can switch the system to manual at any time.',
        stopConditions: 'Escape rate above the baseline for two weeks.',
        budgetPlanned: 48000,
        budgetActual: 51500,
        vendorToolName: 'VisiQ Inline (VisiQ Systems)',
      },
    },
  );
  const maintenance = demoUseCase(
    ctx,
    c,
    ids.predictiveMaintenance,
    'Predictive maintenance of CNC spindles',
    [
      ['idea', 400],
      ['assessment', 370],
      ['pilot', 330],
      ['evaluation', 250, 'Gate decision: Scale'],
      ['structural', 205, 'Gate decision: Scale'],
      [
        'retired',
        40,
        'Sensor vendor changed its platform; the model no longer gets data. Lessons learned recorded.',
      ],
    ],
    {
      process: 'Maintenance',
      problemStatement: 'Unplanned spindle failures stop machines for about 18 hours a month.',
      intendedUse: 'Predict spindle wear from vibration sensors and plan maintenance before failure.',
      users: 'Maintenance team',
      affectedPersons: ['employees'],
      businessOwner: 'Stefan Krüger (Head of Maintenance)',
      projectOwner: 'Lena Hoffmann (Maintenance engineer)',
      scores: { impact: 4, reach: 2, feasibility: 2, dataReadiness: 2, confidence: 3 },
      riskTier: 'minimal',
      charter: {
        hypothesis: 'Predictions cut unplanned spindle downtime from 18 to 10 hours a month.',
        scopeAndUsers: '6 CNC machines of hall B; maintenance team',
        startDate: daysFrom(ctx, -330),
        plannedEndDate: daysFrom(ctx, -255),
        dataRules: 'Machine sensor data only.',
        humanOversightRule: 'The maintenance lead decides every intervention.',
        stopConditions: 'More than two missed failures in a quarter.',
        budgetPlanned: 30000,
        budgetActual: 27000,
        vendorToolName: 'SensAI',
      },
    },
  );
  const quotes = demoUseCase(
    ctx,
    c,
    ids.quotes,
    'Drafting quotes for custom parts',
    [
      ['idea', 120],
      ['assessment', 70],
      ['pilot', 45, 'Two sales engineers'],
    ],
    {
      process: 'Sales',
      problemStatement: 'A quote for a custom part takes 3.5 hours of a sales engineer.',
      intendedUse:
        'Draft the quote from the drawing, past quotes and the price list; the engineer checks and sends it.',
      users: 'Sales engineers',
      affectedPersons: ['customers'],
      businessOwner: 'Tobias Brandt (Sales Director)',
      projectOwner: 'Mia Schulz (Sales engineer)',
      scores: { impact: 4, reach: 3, feasibility: 3, dataReadiness: 3, confidence: 3 },
      riskTier: 'limited',
      charter: {
        hypothesis: 'A quote takes 1.5 hours instead of 3.5 with no more pricing errors.',
        scopeAndUsers: '2 sales engineers; quotes for existing customers',
        startDate: daysFrom(ctx, -45),
        plannedEndDate: daysFrom(ctx, 45),
        dataRules: 'Drawings, past quotes and the price list; no personal data beyond the customer contact.',
        humanOversightRule: 'The sales engineer checks every price and sends the quote.',
        stopConditions: 'A quote sent below cost.',
        budgetPlanned: 6000,
        budgetActual: 2100,
        vendorToolName: 'Azure OpenAI (internal app)',
      },
    },
  );
  const supplier = demoUseCase(
    ctx,
    c,
    ids.supplierDocs,
    'Checking supplier certificates',
    [
      ['idea', 90],
      ['assessment', 30],
    ],
    {
      process: 'Purchasing',
      problemStatement: 'Material certificates from suppliers are checked by hand against the order.',
      businessOwner: 'Anna Richter (Purchasing Manager)',
      affectedPersons: ['suppliers'],
      scores: { impact: 3, reach: 2, feasibility: 4, dataReadiness: 3, confidence: 3 },
      riskTier: 'minimal',
    },
  );
  const instructions = demoUseCase(
    ctx,
    c,
    ids.workInstructions,
    'Work-instruction assistant on the shop floor',
    [
      ['idea', 300],
      ['assessment', 260],
      ['parked', 150, 'Business owner left the company; parked until a new owner is named'],
    ],
    {
      process: 'Production',
      problemStatement: 'Operators search paper binders for work instructions.',
      affectedPersons: ['employees'],
      scores: { impact: 3, reach: 4, feasibility: 3, dataReadiness: 2, confidence: 2 },
      riskTier: 'minimal',
    },
  );

  const escapeRate = demoKpi(ctx, inspection, 'demo-kpi-nh-escape', 360, {
    name: 'Defect escape rate',
    definition: 'Defective housings found by customers per shipped housings, monthly.',
    unit: 'percent',
    direction: 'lower-is-better',
    baselineValue: 2.4,
    targetValue: 1.2,
    scaleUpThreshold: 1.6,
    tasksPerMonth: null,
  });
  const inspectionHours = demoKpi(ctx, inspection, 'demo-kpi-nh-hours', 360, {
    name: 'Manual inspection time',
    unit: 'hours-per-week',
    direction: 'lower-is-better',
    baselineValue: 60,
    targetValue: 25,
    scaleUpThreshold: 35,
    tasksPerMonth: null,
  });
  const downtime = demoKpi(ctx, maintenance, 'demo-kpi-nh-downtime', 340, {
    name: 'Unplanned spindle downtime',
    unit: 'hours-per-month',
    direction: 'lower-is-better',
    baselineValue: 18,
    targetValue: 10,
    scaleUpThreshold: 14,
    tasksPerMonth: null,
  });
  const quoteTime = demoKpi(ctx, quotes, 'demo-kpi-nh-quotes', 50, {
    name: 'Time to prepare a quote',
    unit: 'hours-per-task',
    direction: 'lower-is-better',
    baselineValue: 3.5,
    targetValue: 1.5,
    scaleUpThreshold: 2.5,
    tasksPerMonth: 60,
  });
  const measurements = [
    ...demoMeasurements(ctx, escapeRate, [
      [320, 2.0],
      [290, 1.6],
      [265, 1.4],
      [230, 1.2],
      [170, 1.1],
      [110, 1.0],
      [50, 0.9],
      [15, 0.9],
    ]),
    ...demoMeasurements(ctx, inspectionHours, [
      [320, 48],
      [290, 38],
      [265, 32],
      [230, 28],
      [170, 26],
      [110, 24],
      [50, 23],
      [15, 22],
    ]),
    ...demoMeasurements(ctx, downtime, [
      [300, 16],
      [270, 13],
      [250, 12],
      [210, 12],
      [150, 11],
      [80, 15, 'Sensor firmware changed by the vendor', 'medium'],
    ]),
    ...demoMeasurements(ctx, quoteTime, [
      [30, 2.8],
      [10, 2.3],
    ]),
  ];
  const kpis = [escapeRate, inspectionHours, downtime, quoteTime];
  const decisions = [
    demoGateDecision(
      ctx,
      inspection,
      'demo-gate-nh-inspection-1',
      260,
      'pilot',
      'scale',
      'Escape rate down from 2.4% to 1.4%, inspection time from 60 to 32 hours a week. Move to evaluation on the full H series.',
      'Katrin Albers (COO)',
      kpis,
      measurements,
    ),
    demoGateDecision(
      ctx,
      inspection,
      'demo-gate-nh-inspection-2',
      200,
      'evaluation',
      'scale',
      'Results held for two months on the full series. Into production on line 2 with quarterly model reviews.',
      'Management team',
      kpis,
      measurements,
    ),
    demoGateDecision(
      ctx,
      maintenance,
      'demo-gate-nh-maintenance-1',
      250,
      'pilot',
      'scale',
      'Downtime down from 18 to 12 hours a month on the pilot machines.',
      'Stefan Krüger (Head of Maintenance)',
      kpis,
      measurements,
    ),
    demoGateDecision(
      ctx,
      maintenance,
      'demo-gate-nh-maintenance-2',
      205,
      'evaluation',
      'scale',
      'Stable results; run on all hall B machines.',
      'Management team',
      kpis,
      measurements,
    ),
  ];
  return {
    useCases: [inspection, maintenance, quotes, supplier, instructions],
    kpis,
    measurements,
    decisions,
  };
}
