import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace } from '../../../../src/demo/workspace';
import { ideasForWorkshop, workshopsForClient } from '../../../../src/db/workshops/workshops';
import {
  ideaStats,
  validateIdea,
  validateWorkshop,
  voteBudget,
  workshopStatus,
} from '../../../../src/domain/workshops';
import { freshDb } from '../testDb';

describe('demo workshops', () => {
  it.each(['2026-01-01', '2026-03-17', '2026-12-31'])(
    'the accountancy practice held its first workshop: 12-20 ideas, scored, three converted (today %s)',
    async (today) => {
      const db = await freshDb();
      await loadDemoWorkspace(db, demoContext(new Date(`${today}T12:00:00`)));
      const workshops = await workshopsForClient(db, DEMO_CLIENT_IDS.accountancy);
      expect(workshops.map((w) => workshopStatus(w))).toEqual(['planned', 'held']);
      for (const w of workshops) expect(validateWorkshop(w)).toEqual({ ok: true, value: w });
      const [planned, held] = workshops;
      expect(held.date < today).toBe(true);
      expect(planned.date > today).toBe(true);
      const ideas = await ideasForWorkshop(db, held.id);
      for (const idea of ideas) expect(validateIdea(idea)).toEqual({ ok: true, value: idea });
      expect(ideas.length).toBeGreaterThanOrEqual(12);
      expect(ideas.length).toBeLessThanOrEqual(20);
      const stats = ideaStats(ideas);
      expect(stats.scored).toBe(ideas.length);
      expect(stats.outcomes['use-case']).toBe(3);
      expect(stats.converted).toBe(3);
      expect(voteBudget(held, ideas).remaining).toBe(0);

      // The converted ideas point at use cases of the same client's demo portfolio, which exist.
      const useCases = await db.useCases.bulkGet(ideas.flatMap((i) => (i.useCaseId ? [i.useCaseId] : [])));
      expect(useCases).toHaveLength(3);
      for (const uc of useCases) expect(uc?.clientId).toBe(DEMO_CLIENT_IDS.accountancy);
      // Nothing of the workshop belongs to another client.
      expect(await db.workshopIdeas.where('clientId').notEqual(DEMO_CLIENT_IDS.accountancy).count()).toBe(0);
    },
  );
});
