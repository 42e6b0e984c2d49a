import type { UseCase } from '../../domain/portfolio';
import { newIdea, newWorkshop, type Workshop, type WorkshopIdea } from '../../domain/workshops';
import { daysFrom, type DemoContext } from '../dates';
import { allocate, pad, type Random } from './random';

/**
 * One client's ideation workshops in the large generated workspace, made with the workshop domain's
 * `newWorkshop` and `newIdea`: most are held (scored, voted and decided ideas; some became use
 * cases), a few are planned.
 */

const THEMES = ['Customer contact', 'Back office', 'Knowledge', 'Planning', 'Quality'];
const IDEAS = [
  'Draft replies to common questions',
  'Summarise long case files',
  'Sort incoming documents',
  'Check invoices against orders',
  'Plan shifts from availability',
  'Answer policy questions',
  'Translate product sheets',
  'Extract data from forms',
];
const PEOPLE = ['Sanne', 'Tom', 'Lisa', 'Jan', 'Eva', 'Noah', 'Emma', 'Lucas'];

export interface WorkshopsInput {
  clientId: string;
  workshops: number;
  ideas: number;
  useCases: readonly UseCase[];
}

export function generateWorkshops(
  ctx: DemoContext,
  random: Random,
  input: WorkshopsInput,
): { workshops: Workshop[]; workshopIdeas: WorkshopIdea[] } {
  const workshops: Workshop[] = [];
  const workshopIdeas: WorkshopIdea[] = [];
  const perWorkshop = allocate(
    input.workshops > 0 ? input.ideas : 0,
    Array.from({ length: input.workshops }, () => 1),
  );
  const convertible = input.useCases.filter((u) => u.stage === 'idea' || u.stage === 'assessment');
  for (let w = 0; w < input.workshops; w++) {
    const id = `${input.clientId}-ws-${pad(w, 3)}`;
    const planned = w === input.workshops - 1 && input.workshops > 1;
    const daysAgo = planned ? -random.int(7, 40) : random.int(10, 700);
    const date = daysFrom(ctx, -daysAgo);
    let agendaId = 0;
    const base = newWorkshop({
      id,
      clientId: input.clientId,
      title: `AI ideation workshop ${w + 1}`,
      date,
      now: `${daysFrom(ctx, -Math.max(daysAgo + 14, 1))}T10:00:00.000Z`,
      newId: () => `${id}-agenda-${agendaId++}`,
    });
    const workshop: Workshop = {
      ...base,
      startTime: '09:30',
      location: random.pick(['Board room', 'Online', 'Training room 2']),
      facilitator: 'Fractional Chief AI Officer',
      objective: 'Collect and rank AI ideas for the coming quarter.',
      participantCount: random.int(6, 24),
      nextSteps: planned ? [] : ['Score the top ideas', 'Write charters for the two best'],
      startedAt: planned ? null : `${date}T09:30:00.000Z`,
      endedAt: planned ? null : `${date}T12:30:00.000Z`,
      updatedAt: planned ? base.updatedAt : `${date}T12:30:00.000Z`,
    };
    workshops.push(workshop);
    for (let i = 0; i < perWorkshop[w]; i++) {
      const idea = newIdea({
        id: `${id}-idea-${pad(i + 1, 3)}`,
        clientId: input.clientId,
        workshopId: id,
        number: i + 1,
        now: `${date}T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
        title: `${random.pick(IDEAS)} (${i + 1})`,
        process: random.pick(['Finance', 'HR', 'Operations', 'Sales']),
        proposer: random.pick(PEOPLE),
        theme: random.pick(THEMES),
      });
      if (!planned) {
        const outcome = random.pick(['use-case', 'parked', 'dropped', 'open', 'open'] as const);
        const useCase = outcome === 'use-case' && convertible.length > 0 ? random.pick(convertible) : null;
        Object.assign(idea, {
          impact: random.int(1, 5),
          effort: random.int(1, 5),
          votes: random.int(0, 12),
          outcome: useCase || outcome !== 'use-case' ? outcome : 'open',
          decisionNote: outcome === 'dropped' ? 'Too little value for the effort.' : '',
          useCaseId: useCase?.id ?? null,
        });
      }
      workshopIdeas.push(idea);
    }
  }
  return { workshops, workshopIdeas };
}
