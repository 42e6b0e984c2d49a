import type { Client } from '../../domain/clients/client';
import {
  emptyCharter,
  freezeEvidence,
  newUseCase,
  type GateDecision,
  type Kpi,
  type KpiUnit,
  type Measurement,
  type Stage,
  type UseCase,
} from '../../domain/portfolio';
import { daysFrom, stampDaysAgo, type DemoContext } from '../dates';
import { allocate, pad, type Random } from './random';

/** One client's use-case portfolio in the large generated workspace: use cases, KPIs, measurements, gate decisions. */

const TASKS = [
  'Drafting',
  'Summarising',
  'Classifying',
  'Translating',
  'Answering',
  'Checking',
  'Forecasting',
  'Routing',
  'Extracting data from',
  'Scheduling',
];
const OBJECTS = [
  'supplier emails',
  'customer tickets',
  'contracts',
  'invoices',
  'job postings',
  'incident reports',
  'meeting notes',
  'tender documents',
  'quality reports',
  'policy questions',
  'sales proposals',
  'maintenance logs',
  'expense claims',
  'product descriptions',
  'board minutes',
  'onboarding documents',
];
const PROCESSES = [
  'Finance',
  'Customer service',
  'Sales',
  'HR',
  'Operations',
  'Legal',
  'Procurement',
  'IT',
  'Quality',
  'Marketing',
];
const PEOPLE = [
  'Sanne Bakker',
  'Tom de Wit',
  'Lisa Meijer',
  'Jan Smit',
  'Eva Mulder',
  'Noah Bos',
  'Emma Vos',
  'Lucas Peters',
  'Julia Hendriks',
  'Daan Dekker',
];
const AFFECTED = ['customers', 'employees', 'candidates', 'suppliers', 'patients', 'citizens'];
const TIERS = ['minimal', 'minimal', 'limited', 'limited', 'high', 'unclassified'] as const;

const PATHS: Record<Stage, Stage[]> = {
  idea: ['idea'],
  assessment: ['idea', 'assessment'],
  pilot: ['idea', 'assessment', 'pilot'],
  evaluation: ['idea', 'assessment', 'pilot', 'evaluation'],
  structural: ['idea', 'assessment', 'pilot', 'evaluation', 'structural'],
  retired: ['idea', 'assessment', 'pilot', 'evaluation', 'structural', 'retired'],
  stopped: ['idea', 'assessment', 'pilot', 'stopped'],
  parked: ['idea', 'assessment', 'parked'],
};

const MEASURED: readonly Stage[] = ['pilot', 'evaluation', 'structural', 'retired', 'stopped'];

interface KpiKind {
  name: string;
  unit: KpiUnit;
  lowerIsBetter: boolean;
  baseline: [number, number];
  /** Relative improvement of the target over the baseline. */
  gain: number;
}

const KPI_KINDS: KpiKind[] = [
  { name: 'Handling time', unit: 'minutes-per-task', lowerIsBetter: true, baseline: [20, 60], gain: 0.5 },
  { name: 'First-time-right rate', unit: 'percent', lowerIsBetter: false, baseline: [55, 80], gain: 0.2 },
  { name: 'User satisfaction', unit: 'score', lowerIsBetter: false, baseline: [5, 7], gain: 0.25 },
  { name: 'Cost per case', unit: 'eur-per-task', lowerIsBetter: true, baseline: [8, 40], gain: 0.35 },
  { name: 'Backlog', unit: 'count', lowerIsBetter: true, baseline: [80, 400], gain: 0.4 },
];

export interface ClientPortfolio {
  useCases: UseCase[];
  kpis: Kpi[];
  kpiMeasurements: Measurement[];
  gateDecisions: GateDecision[];
  /** Measurements of the budget that found no KPI (a client without measured use cases); the caller gives them to another client. */
  unplaced: number;
}

export interface PortfolioPlan {
  useCases: number;
  measurements: number;
  /** The id of a use case in structural use with exactly this many measurements (the KPI-chart benchmark), or none. */
  heavy?: { id: string; measurements: number };
}

function stagesFor(random: Random, count: number, pilotLimit: number, heavy: boolean): Stage[] {
  const pilots = Math.min(pilotLimit, Math.max(1, Math.round(count * 0.06)));
  const evaluation = Math.min(Math.max(0, pilotLimit - pilots), Math.round(count * 0.03));
  const fixed: Stage[] = [
    ...Array<Stage>(pilots).fill('pilot'),
    ...Array<Stage>(evaluation).fill('evaluation'),
    ...Array<Stage>(Math.round(count * 0.1)).fill('structural'),
    ...Array<Stage>(Math.round(count * 0.04)).fill('retired'),
    ...Array<Stage>(Math.round(count * 0.04)).fill('stopped'),
    ...Array<Stage>(Math.round(count * 0.07)).fill('parked'),
  ].slice(0, count);
  const rest = count - fixed.length;
  const stages = [
    ...fixed,
    ...Array.from({ length: rest }, (): Stage => (random.chance(0.6) ? 'idea' : 'assessment')),
  ];
  for (let i = stages.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [stages[i], stages[j]] = [stages[j], stages[i]];
  }
  if (heavy && stages.length > 0) {
    const k = stages.indexOf('structural');
    if (k > 0) [stages[0], stages[k]] = [stages[k], stages[0]];
    else stages[0] = 'structural';
  }
  return stages;
}

function buildUseCase(
  ctx: DemoContext,
  random: Random,
  client: Client,
  id: string,
  stage: Stage,
  startDaysAgo: number,
): UseCase {
  const path = PATHS[stage];
  const title = `${random.pick(TASKS)} ${random.pick(OBJECTS)}`;
  const ago: number[] = [];
  let d = startDaysAgo;
  for (let i = 0; i < path.length; i++) {
    ago.push(d);
    d = Math.max(1, d - random.int(10, Math.max(11, Math.floor(startDaysAgo / path.length))));
  }
  const base = newUseCase({
    id,
    clientId: client.id,
    title,
    now: stampDaysAgo(ctx, ago[0]),
    date: daysFrom(ctx, -ago[0]),
  });
  const scored = stage !== 'idea' || random.chance(0.6);
  const score = () => (scored ? random.int(1, 5) : null);
  const pilotIndex = path.indexOf('pilot');
  const owner = stage === 'idea' && random.chance(0.2) ? '' : random.pick(PEOPLE);
  const charter =
    pilotIndex >= 0
      ? {
          ...emptyCharter(),
          hypothesis: `${title} takes half the time at equal quality.`,
          scopeAndUsers: `${random.int(3, 25)} people of ${random.pick(PROCESSES)}`,
          startDate: daysFrom(ctx, -ago[pilotIndex]),
          plannedEndDate: daysFrom(ctx, -ago[pilotIndex] + 90),
          dataRules: 'Only data the team already works with; no special-category data.',
          humanOversightRule: 'A person reviews every output before it is used.',
          stopConditions: 'Quality below baseline for two weeks, or any data incident.',
          budgetPlanned: random.int(5, 60) * 1000,
          budgetActual: random.int(2, 50) * 1000,
          vendorToolName: random.pick([
            'Microsoft 365 Copilot',
            'Azure OpenAI',
            'Mistral Le Chat Enterprise',
            'In-house model',
          ]),
        }
      : emptyCharter();
  return {
    ...base,
    updatedAt: stampDaysAgo(ctx, ago[ago.length - 1]),
    process: random.pick(PROCESSES),
    problemStatement: `${title} is manual, slow and uneven in quality.`,
    intendedUse: `An AI assistant drafts; a person checks and decides.`,
    outOfScopeUse: 'Decisions about people without human review.',
    users: `${random.int(2, 60)} employees`,
    affectedPersons: random.some(AFFECTED, random.int(0, 2)),
    businessOwner: owner,
    projectOwner: random.pick(PEOPLE),
    sponsor: random.pick(PEOPLE),
    stage,
    stageHistory: path.map((s, i) => ({ stage: s, date: daysFrom(ctx, -ago[i]) })),
    scores: {
      impact: score(),
      reach: score(),
      feasibility: score(),
      dataReadiness: score(),
      confidence: score(),
    },
    riskTier: random.pick(TIERS),
    charter,
  };
}

function buildKpi(random: Random, useCase: UseCase, index: number): Kpi {
  const kind = KPI_KINDS[(index + random.int(0, KPI_KINDS.length - 1)) % KPI_KINDS.length];
  const baseline = Math.round(random.int(kind.baseline[0] * 10, kind.baseline[1] * 10)) / 10;
  const sign = kind.lowerIsBetter ? -1 : 1;
  const target = Math.round(baseline * (1 + sign * kind.gain) * 10) / 10;
  const threshold = Math.round(baseline * (1 + sign * kind.gain * 0.6) * 10) / 10;
  const start = useCase.charter.startDate ?? useCase.stageHistory[0].date;
  const stamp = `${start}T09:00:00.000Z`;
  return {
    id: `${useCase.id}-kpi${index + 1}`,
    clientId: useCase.clientId,
    useCaseId: useCase.id,
    createdAt: stamp,
    updatedAt: stamp,
    name: kind.name,
    definition: `${kind.name}, measured weekly on a sample.`,
    unit: kind.unit,
    direction: kind.lowerIsBetter ? 'lower-is-better' : 'higher-is-better',
    baselineValue: baseline,
    baselineDate: start,
    targetValue: target,
    scaleUpThreshold: threshold,
    tasksPerMonth:
      kind.unit === 'minutes-per-task' || kind.unit === 'eur-per-task' ? random.int(50, 2000) : null,
  };
}

function buildMeasurements(ctx: DemoContext, random: Random, kpi: Kpi, count: number): Measurement[] {
  const startAgo = Math.max(
    count,
    Math.round((Date.parse(ctx.today) - Date.parse(kpi.baselineDate!)) / 86_400_000),
  );
  const spacing = Math.max(1, Math.floor(startAgo / Math.max(1, count)));
  const baseline = kpi.baselineValue!;
  const target = kpi.targetValue!;
  const rows: Measurement[] = [];
  for (let j = 0; j < count; j++) {
    const daysAgo = Math.max(0, startAgo - (j + 1) * spacing);
    const progress = Math.min(1.1, (j + 1) / count) * (0.6 + random.next() * 0.5);
    const noise = (random.next() - 0.5) * Math.abs(target - baseline) * 0.3;
    const stamp = stampDaysAgo(ctx, daysAgo);
    rows.push({
      id: `${kpi.id}-m${pad(j + 1, 3)}`,
      clientId: kpi.clientId,
      useCaseId: kpi.useCaseId,
      kpiId: kpi.id,
      date: daysFrom(ctx, -daysAgo),
      value: Math.round((baseline + (target - baseline) * progress + noise) * 10) / 10,
      note: j % 10 === 0 ? 'Sample of the week checked by the team lead.' : '',
      confidence: random.chance(0.7) ? 'high' : random.chance(0.5) ? 'medium' : 'low',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return rows;
}

function gateDecisionsFor(useCase: UseCase, kpis: Kpi[], measurements: Measurement[]): GateDecision[] {
  const decisions: GateDecision[] = [];
  const history = useCase.stageHistory;
  const period = { start: useCase.charter.startDate, end: useCase.charter.plannedEndDate };
  for (let i = 1; i < history.length; i++) {
    const from = history[i - 1].stage;
    if (from !== 'pilot' && from !== 'evaluation') continue;
    const date = history[i].date;
    const decision = history[i].stage === 'stopped' ? 'stop' : 'scale';
    const stamp = `${date}T15:00:00.000Z`;
    decisions.push({
      id: `${useCase.id}-gate${i}`,
      clientId: useCase.clientId,
      useCaseId: useCase.id,
      createdAt: stamp,
      updatedAt: stamp,
      date,
      decision,
      fromStage: from,
      rationale:
        decision === 'stop'
          ? 'The KPIs did not move enough to justify the running cost.'
          : 'Targets reached on the measured sample; users want to keep it.',
      decidedBy: 'Steering committee',
      evidence: freezeEvidence(kpis, measurements, date, period),
    });
  }
  return decisions;
}

export function generatePortfolio(
  ctx: DemoContext,
  random: Random,
  client: Client,
  plan: PortfolioPlan,
): ClientPortfolio {
  const stages = stagesFor(random, plan.useCases, client.pilotLimit, !!plan.heavy);
  const useCases = stages.map((stage, i) => {
    const id = plan.heavy && i === 0 ? plan.heavy.id : `${client.id}-uc-${pad(i)}`;
    return buildUseCase(ctx, random, client, id, stage, plan.heavy && i === 0 ? 700 : random.int(30, 720));
  });
  const kpisByUseCase = useCases.map((uc, i) => {
    if (!MEASURED.includes(uc.stage)) return [];
    const count = plan.heavy && i === 0 ? 4 : random.int(1, 3);
    return Array.from({ length: count }, (_, k) => buildKpi(random, uc, k));
  });
  const kpis = kpisByUseCase.flat();
  const heavyKpis = plan.heavy ? kpisByUseCase[0] : [];
  const others = kpis.filter((k) => !heavyKpis.includes(k));
  const heavyTotal = plan.heavy ? Math.min(plan.heavy.measurements, plan.measurements) : 0;
  const perHeavy = allocate(
    heavyTotal,
    heavyKpis.map(() => 1),
  );
  const perOther = allocate(
    plan.measurements - heavyTotal,
    others.map(() => 1),
  );
  const unplaced = others.length === 0 ? plan.measurements - heavyTotal : 0;
  const counts = new Map<Kpi, number>([
    ...heavyKpis.map((k, i) => [k, perHeavy[i]] as const),
    ...others.map((k, i) => [k, perOther[i]] as const),
  ]);
  const measurementsByUseCase = kpisByUseCase.map((list) =>
    list.flatMap((kpi) => buildMeasurements(ctx, random, kpi, counts.get(kpi) ?? 0)),
  );
  const gateDecisions = useCases.flatMap((uc, i) =>
    gateDecisionsFor(uc, kpisByUseCase[i], measurementsByUseCase[i]),
  );
  return { useCases, kpis, kpiMeasurements: measurementsByUseCase.flat(), gateDecisions, unplaced };
}
