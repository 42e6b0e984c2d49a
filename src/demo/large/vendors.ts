import {
  changeStatus,
  createEvaluation,
  createVendorProfile,
  decideVendor,
  DEFAULT_CRITERIA,
  DEFAULT_GATES,
  type Evaluation,
  type VendorProfile,
} from '../../domain/vendors';
import type { UseCase } from '../../domain/portfolio';
import { toStoredEvaluation, type StoredEvaluation } from '../../db/vendors/evaluations';
import { stampDaysAgo, daysFrom, type DemoContext } from '../dates';
import { pad, type Random } from './random';

/**
 * The consultant's vendor library and the clients' vendor evaluations in the large generated
 * workspace, made with the vendor domain's own constructors (`createVendorProfile`,
 * `createEvaluation`, `decideVendor`, `changeStatus`), so they pass the same rules as the user's.
 */

const STEMS = [
  'Acumen',
  'Brightlayer',
  'Cognia',
  'Datavine',
  'Eloquent',
  'Fathom',
  'Gridwise',
  'Heuristica',
  'Inferra',
  'Jotform',
  'Kinetiq',
  'Lexa',
  'Mindhive',
  'Neuralis',
  'Optima',
  'Parsec',
  'Quanta',
  'Reasonly',
  'Synthex',
  'Tensorly',
];
const SUFFIXES = ['AI', 'Labs', 'Systems', 'Analytics', 'Cloud'];
const PRODUCTS = ['Assistant', 'Docs', 'Insight', 'Flow', 'Studio', 'Copilot'];
const LOCATIONS = ['EU (Frankfurt)', 'EU (Amsterdam)', 'EU (Dublin)', 'US', 'UK'];

export function generateVendorLibrary(ctx: DemoContext, random: Random, count: number): VendorProfile[] {
  const profiles: VendorProfile[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${STEMS[i % STEMS.length]} ${SUFFIXES[Math.floor(i / STEMS.length) % SUFFIXES.length]}${i >= STEMS.length * SUFFIXES.length ? ` ${Math.floor(i / (STEMS.length * SUFFIXES.length)) + 1}` : ''}`;
    const result = createVendorProfile(
      {
        name,
        product: `${name.split(' ')[0]} ${random.pick(PRODUCTS)}`,
        category: random.pick(['llm-platform', 'saas-with-ai', 'custom-build', 'consultancy'] as const),
        website: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`,
        headquarters: random.pick(['Netherlands', 'Germany', 'France', 'US (Delaware)', 'Ireland']),
        dataLocations: random.some(LOCATIONS, random.int(1, 2)),
        transferMechanism: random.chance(0.5) ? 'SCCs' : '',
        subProcessors: [
          {
            name: random.pick(['Microsoft Azure', 'AWS', 'Google Cloud']),
            purpose: 'Hosting',
            location: 'EU',
            isModelProvider: false,
          },
          {
            name: random.pick(['OpenAI', 'Anthropic', 'Mistral']),
            purpose: 'Model provider',
            location: random.pick(['EU', 'US']),
            isModelProvider: true,
          },
        ],
        subProcessorDisclosure: random.pick(['disclosed', 'disclosed', 'unknown', 'refused'] as const),
        certifications: random.some(['soc2-type2', 'iso27001', 'iso42001'] as const, random.int(0, 2)),
        dpa: random.pick(['available', 'signed', 'unknown', 'not-available'] as const),
        trainsOnCustomerData: random.pick(['contractually-no', 'opt-out', 'unknown', 'yes'] as const),
        retention: '30 days for abuse monitoring',
        zeroRetentionOption: random.pick(['yes', 'no', 'unknown'] as const),
        encryptionAtRest: random.pick(['yes', 'yes', 'unknown'] as const),
        sso: random.pick(['yes', 'no', 'unknown'] as const),
        pricingModel: 'Per user per month',
        exitOptions: 'Full export in JSON on request',
        notes: '',
      },
      profiles,
      stampDaysAgo(ctx, random.int(30, 900)),
      () => `lw-vendor-${pad(i)}`,
    );
    if (!result.ok) throw new Error(`Generated vendor ${name} refused: ${result.reasons.join(' ')}`);
    profiles.push(result.profile);
  }
  return profiles;
}

function unwrap(change: ReturnType<typeof changeStatus>, what: string): Evaluation {
  if (!change.ok) throw new Error(`Generated evaluation refused (${what}): ${change.reasons.join(' ')}`);
  return change.evaluation;
}

export interface EvaluationsInput {
  clientId: string;
  count: number;
  library: readonly VendorProfile[];
  useCases: readonly UseCase[];
}

export function generateEvaluations(
  ctx: DemoContext,
  random: Random,
  input: EvaluationsInput,
): StoredEvaluation[] {
  const candidates = input.useCases.filter((u) => u.stage !== 'idea');
  const stored: StoredEvaluation[] = [];
  for (let i = 0; i < input.count; i++) {
    const vendors = random.some(input.library, random.int(2, Math.min(4, input.library.length)));
    const useCase = candidates.length > 0 && random.chance(0.6) ? random.pick(candidates) : undefined;
    const ago = random.int(5, 600);
    const created = createEvaluation(
      {
        clientId: input.clientId,
        title: `${useCase ? useCase.title : random.pick(['Meeting transcription', 'Document search', 'Chat assistant'])}: tool choice ${i + 1}`,
        vendorIds: vendors.map((v) => v.id),
        useCaseId: useCase?.id,
        useCaseName: useCase?.title ?? 'General productivity',
      },
      stampDaysAgo(ctx, ago),
      () => `${input.clientId}-eval-${pad(i)}`,
    );
    let evaluation = unwrap(created as ReturnType<typeof changeStatus>, 'create');
    evaluation = {
      ...evaluation,
      vendors: evaluation.vendors.map((v, k) => ({
        ...v,
        scores: Object.fromEntries(
          DEFAULT_CRITERIA.map((c) => [
            c.id,
            { score: random.int(1, 5), evidence: random.chance(0.5) ? 'Trial with 20 real cases.' : '' },
          ]),
        ),
        gates: Object.fromEntries(
          DEFAULT_GATES.map((g) => [
            g.id,
            { result: k === 0 || random.chance(0.8) ? ('pass' as const) : ('unknown' as const), note: '' },
          ]),
        ),
      })),
    };
    const state = random.pick(['draft', 'in-review', 'decided', 'decided'] as const);
    const when = stampDaysAgo(ctx, Math.max(1, ago - 10));
    if (state !== 'draft')
      evaluation = unwrap(changeStatus(evaluation, 'in-review', when, vendors), 'review');
    if (state === 'decided') {
      vendors.forEach((vendor, k) => {
        evaluation = unwrap(
          decideVendor(
            evaluation,
            {
              vendorId: vendor.id,
              outcome: k === 0 ? 'selected' : 'rejected',
              rationale: k === 0 ? 'Best on quality and data handling.' : 'Weaker on the trial.',
              date: daysFrom(ctx, -Math.max(1, ago - 10)),
              confirmGaps: true,
            },
            when,
            vendors,
          ),
          'decide',
        );
      });
      evaluation = unwrap(
        changeStatus(evaluation, 'decided', when, vendors, { confirmGaps: true }),
        'decided',
      );
    }
    stored.push(toStoredEvaluation(evaluation));
  }
  return stored;
}
