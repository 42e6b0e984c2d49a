import { newIdea, newWorkshop, type Workshop, type WorkshopIdea } from '../../../../src/domain/workshops';

export const NOW = '2026-03-10T09:00:00.000Z';

let counter = 0;
export const testId = () => `id-${++counter}`;

export function workshop(patch: Partial<Workshop> = {}): Workshop {
  return {
    ...newWorkshop({
      id: 'ws-1',
      clientId: 'client-1',
      title: 'AI ideation',
      date: '2026-03-10',
      now: NOW,
      newId: testId,
    }),
    ...patch,
  };
}

export function idea(number: number, patch: Partial<WorkshopIdea> = {}): WorkshopIdea {
  return {
    ...newIdea({
      id: `idea-${number}`,
      clientId: 'client-1',
      workshopId: 'ws-1',
      number,
      title: `Idea ${number}`,
      now: NOW,
    }),
    ...patch,
  };
}
