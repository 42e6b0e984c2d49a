import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { createUseCase, updateUseCase } from '../../../../src/db/portfolio/useCases';
import {
  addIdea,
  changeVotes,
  createWorkshop,
  deleteIdea,
  mergeWorkedOnMessage,
  ideasForWorkshop,
  setIdeaOutcome,
  setIdeaScore,
  updateIdeaField,
  updateSession,
  updateWorkshopField,
  workshopIdeasOfUseCase,
} from '../../../../src/db/workshops/workshops';
import { freshDb } from '../testDb';

async function setup() {
  const db = await freshDb();
  const client = await createClient(db, { name: 'Van Dijk & Partners' });
  const workshop = await createWorkshop(db, client.id, { title: 'Year-end ideation', date: '2026-03-10' });
  return { db, client, workshop };
}

describe('capturing ideas', () => {
  it('saves each idea at once, numbered in capture order, even when captured concurrently', async () => {
    const { db, client, workshop } = await setup();
    await Promise.all(
      ['Invoice coding', 'Draft emails', 'Summarise tax letters', 'Chatbot'].map((title) =>
        addIdea(db, workshop.id, { title, process: 'Bookkeeping', proposer: 'Fatima' }),
      ),
    );
    const ideas = await ideasForWorkshop(db, workshop.id);
    expect(ideas.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(new Set(ideas.map((i) => i.title)).size).toBe(4);
    expect(ideas[0]).toMatchObject({
      clientId: client.id,
      workshopId: workshop.id,
      process: 'Bookkeeping',
      proposer: 'Fatima',
      outcome: 'open',
    });
    await expect(addIdea(db, workshop.id, { title: '   ' })).rejects.toThrow('The idea needs a title');
    await expect(addIdea(db, 'no-such-workshop', { title: 'X' })).rejects.toThrow('workshop');
    expect(await db.workshopIdeas.count()).toBe(4);
  });

  it('stores scores 1-5 with history, refuses anything else', async () => {
    const { db, workshop } = await setup();
    const idea = await addIdea(db, workshop.id, { title: 'Invoice coding' });
    await setIdeaScore(db, idea.id, 'impact', 4);
    await setIdeaScore(db, idea.id, 'effort', 2);
    await updateIdeaField(db, idea.id, 'theme', ' Bookkeeping ');
    await expect(setIdeaScore(db, idea.id, 'impact', 6)).rejects.toThrow(
      'Impact must be a whole number from 1 to 5',
    );
    expect(await db.workshopIdeas.get(idea.id)).toMatchObject({ impact: 4, effort: 2, theme: 'Bookkeeping' });
    const history = await db.changes.where('[entity+entityId]').equals(['workshopIdeas', idea.id]).toArray();
    expect(history.map((c) => c.field).sort()).toEqual(['effort', 'impact', 'theme']);
  });

  it('places dots within the room’s budget only', async () => {
    const { db, workshop } = await setup();
    await updateWorkshopField(db, workshop.id, 'participantCount', 2);
    await updateWorkshopField(db, workshop.id, 'dotsPerParticipant', 1);
    const a = await addIdea(db, workshop.id, { title: 'A' });
    const b = await addIdea(db, workshop.id, { title: 'B' });
    expect(await changeVotes(db, a.id, 1)).toBe(1);
    expect(await changeVotes(db, b.id, 1)).toBe(1);
    await expect(changeVotes(db, b.id, 1)).rejects.toThrow('All 2 dots are placed (2 participants × 1).');
    expect(await changeVotes(db, a.id, -1)).toBe(0);
    expect(await changeVotes(db, a.id, -1)).toBe(0);
    expect((await ideasForWorkshop(db, workshop.id)).map((i) => i.votes)).toEqual([0, 1]);
  });
});

describe('deciding on ideas', () => {
  it('converting creates a use case in stage idea in this client’s portfolio, linked back and carrying the scores', async () => {
    const { db, client, workshop } = await setup();
    const idea = await addIdea(db, workshop.id, {
      title: 'Invoice coding',
      process: 'Bookkeeping',
      proposer: 'Fatima',
    });
    await setIdeaScore(db, idea.id, 'impact', 5);
    await setIdeaScore(db, idea.id, 'effort', 2);
    const result = await setIdeaOutcome(db, idea.id, 'use-case', { today: '2026-03-12' });
    expect(result.created).toBe(true);
    const useCases = await db.useCases.where('clientId').equals(client.id).toArray();
    expect(useCases).toHaveLength(1);
    expect(useCases[0]).toMatchObject({
      title: 'Invoice coding',
      process: 'Bookkeeping',
      stage: 'idea',
      workshopIdeaId: idea.id,
      scores: { impact: 5, feasibility: 4 },
      stageHistory: [{ stage: 'idea', date: '2026-03-10' }],
    });
    expect(await db.workshopIdeas.get(idea.id)).toMatchObject({
      outcome: 'use-case',
      useCaseId: useCases[0].id,
    });
    expect(await workshopIdeasOfUseCase(db, useCases[0])).toMatchObject([
      { workshop: { id: workshop.id }, idea: { id: idea.id }, origin: true },
    ]);
    // Marking it again never creates a second use case.
    expect((await setIdeaOutcome(db, idea.id, 'use-case')).created).toBe(false);
    expect(await db.useCases.count()).toBe(1);
  });

  it('changing the decision removes an untouched use case, but keeps one worked on in the portfolio', async () => {
    const { db, workshop } = await setup();
    const mistaken = await addIdea(db, workshop.id, { title: 'Mistake' });
    await setIdeaOutcome(db, mistaken.id, 'use-case');
    const parked = await setIdeaOutcome(db, mistaken.id, 'parked');
    expect(parked).toMatchObject({ removedUseCase: true, keptUseCase: false });
    expect(await db.useCases.count()).toBe(0);
    expect(await db.workshopIdeas.get(mistaken.id)).toMatchObject({ outcome: 'parked', useCaseId: null });

    const worked = await addIdea(db, workshop.id, { title: 'Worked on' });
    const { useCase } = await setIdeaOutcome(db, worked.id, 'use-case');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateUseCase(db, useCase!.id, { businessOwner: 'Joost' });
    const dropped = await setIdeaOutcome(db, worked.id, 'dropped');
    expect(dropped).toMatchObject({ removedUseCase: false, keptUseCase: true });
    expect(await db.useCases.get(useCase!.id)).toMatchObject({ businessOwner: 'Joost' });
    expect(await db.workshopIdeas.get(worked.id)).toMatchObject({
      outcome: 'dropped',
      useCaseId: useCase!.id,
    });
    // Back to "use case" re-links the same one.
    expect(await setIdeaOutcome(db, worked.id, 'use-case')).toMatchObject({
      created: false,
      useCase: { id: useCase!.id },
    });
    expect(await db.useCases.count()).toBe(1);
  });

  it('deleting an idea keeps its use case without the link and clears the selection', async () => {
    const { db, workshop } = await setup();
    const idea = await addIdea(db, workshop.id, { title: 'Invoice coding' });
    const { useCase } = await setIdeaOutcome(db, idea.id, 'use-case');
    await updateSession(db, workshop.id, (s) => ({ ...s, selectedIdeaId: idea.id }));
    await deleteIdea(db, idea.id);
    expect(await db.workshopIdeas.count()).toBe(0);
    expect(await db.useCases.get(useCase!.id)).toMatchObject({ workshopIdeaId: null });
    expect((await db.workshops.get(workshop.id))!.session.selectedIdeaId).toBeNull();
  });
});

describe('merging an idea into a similar use case', () => {
  async function withUseCase() {
    const { db, client, workshop } = await setup();
    const existing = await createUseCase(db, client.id, { title: 'Answering routine tax questions' });
    return { db, client, workshop, existing };
  }

  it('links the idea to the existing use case instead of creating a duplicate, and the use case lists it', async () => {
    const { db, client, workshop, existing } = await withUseCase();
    const idea = await addIdea(db, workshop.id, { title: 'Answer routine tax questions by email' });
    const result = await setIdeaOutcome(db, idea.id, 'use-case', { mergeInto: existing.id });
    expect(result).toMatchObject({ merged: true, created: false, useCase: { id: existing.id } });
    expect(await db.useCases.where('clientId').equals(client.id).count()).toBe(1);
    expect(await db.workshopIdeas.get(idea.id)).toMatchObject({
      outcome: 'use-case',
      useCaseId: existing.id,
    });
    // The use case itself is left as it was; it lists the idea merged into it.
    expect(await db.useCases.get(existing.id)).toEqual(existing);
    expect(await workshopIdeasOfUseCase(db, existing)).toMatchObject([
      { idea: { id: idea.id }, origin: false, workshop: { id: workshop.id } },
    ]);
    // Marking it "use case" again keeps the merge.
    expect(await setIdeaOutcome(db, idea.id, 'use-case')).toMatchObject({
      merged: true,
      created: false,
      useCase: { id: existing.id },
    });
  });

  it('changing the decision of a merged idea only unlinks it; deleting it leaves the use case as it is', async () => {
    const { db, workshop, existing } = await withUseCase();
    const origin = await addIdea(db, workshop.id, { title: 'Routine tax questions' });
    await db.useCases.update(existing.id, { workshopIdeaId: origin.id });
    const merged = await addIdea(db, workshop.id, { title: 'Answer routine tax questions by email' });
    await setIdeaOutcome(db, merged.id, 'use-case', { mergeInto: existing.id });
    const parked = await setIdeaOutcome(db, merged.id, 'parked');
    expect(parked).toMatchObject({
      unmerged: true,
      removedUseCase: false,
      keptUseCase: false,
      useCase: null,
    });
    expect(await db.useCases.get(existing.id)).toBeDefined();
    expect(await db.workshopIdeas.get(merged.id)).toMatchObject({ outcome: 'parked', useCaseId: null });
    await setIdeaOutcome(db, merged.id, 'use-case', { mergeInto: existing.id });
    await deleteIdea(db, merged.id);
    expect(await db.useCases.get(existing.id)).toMatchObject({ workshopIdeaId: origin.id });
  });

  it('an idea that already became an untouched use case moves into the other one; one worked on is refused', async () => {
    const { db, workshop, existing } = await withUseCase();
    const idea = await addIdea(db, workshop.id, { title: 'Answer tax questions' });
    const first = await setIdeaOutcome(db, idea.id, 'use-case');
    await setIdeaOutcome(db, idea.id, 'use-case', { mergeInto: existing.id });
    expect(await db.useCases.get(first.useCase!.id)).toBeUndefined();

    const worked = await addIdea(db, workshop.id, { title: 'Answer tax questions by phone' });
    const own = await setIdeaOutcome(db, worked.id, 'use-case');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateUseCase(db, own.useCase!.id, { businessOwner: 'Joost' });
    await expect(setIdeaOutcome(db, worked.id, 'use-case', { mergeInto: existing.id })).rejects.toThrow(
      mergeWorkedOnMessage(),
    );
    expect(await db.workshopIdeas.get(worked.id)).toMatchObject({ useCaseId: own.useCase!.id });
  });

  it('never merges into another client’s use case', async () => {
    const { db, workshop } = await setup();
    const other = await createClient(db, { name: 'Brightside' });
    const theirs = await createUseCase(db, other.id, { title: 'Answering routine tax questions' });
    const idea = await addIdea(db, workshop.id, { title: 'Answer routine tax questions' });
    await expect(setIdeaOutcome(db, idea.id, 'use-case', { mergeInto: theirs.id })).rejects.toThrow(
      'This use case no longer exists',
    );
    expect(await db.workshopIdeas.get(idea.id)).toMatchObject({ outcome: 'open', useCaseId: null });
  });
});
