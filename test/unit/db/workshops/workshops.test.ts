import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../../src/db/clients/clients';
import {
  addIdea,
  createWorkshop,
  deleteWorkshop,
  finishWorkshop,
  ideasForWorkshop,
  startFacilitation,
  updateSession,
  updateWorkshopField,
  ValidationError,
  workshopsForClient,
} from '../../../../src/db/workshops/workshops';
import { goToAgendaItem, startTimer, type AgendaItem } from '../../../../src/domain/workshops';
import { freshDb } from '../testDb';

describe('workshops in the database', () => {
  it('creates a planned workshop with the default agenda and reads it back exactly', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk & Partners' });
    const created = await createWorkshop(db, client.id, {
      title: '  Year-end ideas — “AI” ',
      date: '2026-03-10',
    });
    expect(await db.workshops.get(created.id)).toEqual(created);
    expect(created).toMatchObject({
      title: 'Year-end ideas — “AI”',
      date: '2026-03-10',
      clientId: client.id,
      startedAt: null,
    });
    expect(created.agenda).toHaveLength(6);
    await expect(createWorkshop(db, client.id, { title: ' ' })).rejects.toThrow('Title is required');
    await expect(createWorkshop(db, client.id, { title: 'X', date: '10-03-2026' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createWorkshop(db, 'nobody', { title: 'X' })).rejects.toThrow('client');
    expect(await db.workshops.count()).toBe(1);
  });

  it('refuses a start time or agenda that would end the workshop after midnight, naming the field', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk' });
    const w = await createWorkshop(db, client.id, { title: 'Late ideation', date: '2026-03-10' });
    const total = w.agenda.reduce((sum, item) => sum + item.minutes, 0);
    await updateWorkshopField(db, w.id, 'startTime', '20:00');
    await expect(updateWorkshopField(db, w.id, 'startTime', '23:30')).rejects.toMatchObject({
      field: 'startTime',
      message: `The agenda (${total} minutes) starting at 23:30 would end after midnight: start earlier or shorten the agenda`,
    });
    const longer = w.agenda.map((item, i) => (i === 0 ? { ...item, minutes: item.minutes + 4 * 60 } : item));
    await expect(updateWorkshopField(db, w.id, 'agenda', longer)).rejects.toThrow('would end after midnight');
    expect((await db.workshops.get(w.id))!).toMatchObject({ startTime: '20:00', agenda: w.agenda });
  });

  it('saves plan edits with history and refuses invalid ones without writing', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk' });
    const w = await createWorkshop(db, client.id, { title: 'Ideation', date: '2026-03-10' });
    await updateWorkshopField(db, w.id, 'participants', [
      { id: 'p1', name: 'Joost van Dijk', role: 'Managing partner' },
    ]);
    await updateWorkshopField(db, w.id, 'startTime', '09:30');
    await expect(updateWorkshopField(db, w.id, 'participantCount', 0)).rejects.toThrow(
      'Number of participants must be a whole number from 1 to 500',
    );
    await expect(updateWorkshopField(db, w.id, 'agenda', [])).rejects.toThrow(
      'The agenda needs at least one item',
    );
    const stored = (await db.workshops.get(w.id))!;
    expect(stored).toMatchObject({
      startTime: '09:30',
      participantCount: null,
      participants: [{ name: 'Joost van Dijk' }],
    });
    expect(stored.agenda).toHaveLength(6);
    const history = await db.changes.where('[entity+entityId]').equals(['workshops', w.id]).toArray();
    expect(history.map((c) => c.field).sort()).toEqual(['participants', 'startTime']);
    expect(history.every((c) => c.clientId === client.id)).toBe(true);
  });

  it('keeps the facilitation state (agenda item, running timer) across a reopened database, without history', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk' });
    const w = await createWorkshop(db, client.id, { title: 'Ideation' });
    await startFacilitation(db, w.id);
    const now = Date.now();
    await updateSession(db, w.id, (s, ws) =>
      goToAgendaItem({ ...s, timer: startTimer(s.timer, now) }, ws.agenda, 2, now),
    );
    db.close();
    await db.open();
    const reopened = (await db.workshops.get(w.id))!;
    expect(reopened.session).toMatchObject({
      agendaIndex: 2,
      timer: { status: 'running', endsAtMs: now + 30 * 60_000 },
    });
    expect(reopened.startedAt).not.toBeNull();
    const history = await db.changes.where('[entity+entityId]').equals(['workshops', w.id]).toArray();
    expect(history.map((c) => c.field)).toEqual(['startedAt']);
  });

  it('pulls the facilitation state back inside a shortened agenda', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk' });
    const w = await createWorkshop(db, client.id, { title: 'Ideation' });
    await updateSession(db, w.id, (s, ws) => goToAgendaItem(s, ws.agenda, 5, Date.now()));
    const shorter: AgendaItem[] = w.agenda.slice(0, 2);
    await updateWorkshopField(db, w.id, 'agenda', shorter);
    expect((await db.workshops.get(w.id))!.session).toMatchObject({
      agendaIndex: 1,
      timer: { status: 'idle', remainingMs: 20 * 60_000 },
    });
  });

  it('finishes and reopens a workshop, lists a client’s workshops newest first and never another client’s', async () => {
    const db = await freshDb();
    const a = await createClient(db, { name: 'Van Dijk' });
    const b = await createClient(db, { name: 'Nordhaven' });
    const older = await createWorkshop(db, a.id, { title: 'First', date: '2026-01-10' });
    await createWorkshop(db, a.id, { title: 'Second', date: '2026-03-10' });
    await createWorkshop(db, b.id, { title: 'Other client', date: '2026-02-10' });
    expect((await workshopsForClient(db, a.id)).map((w) => w.title)).toEqual(['Second', 'First']);
    await finishWorkshop(db, older.id);
    expect((await db.workshops.get(older.id))!.endedAt).not.toBeNull();
    await finishWorkshop(db, older.id, true);
    expect((await db.workshops.get(older.id))!.endedAt).toBeNull();
  });

  it('deleting a workshop deletes its ideas and keeps converted use cases, unlinked; deleting the client deletes everything', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk' });
    const w = await createWorkshop(db, client.id, { title: 'Ideation' });
    const { setIdeaOutcome } = await import('../../../../src/db/workshops/workshops');
    const kept = await addIdea(db, w.id, { title: 'Invoice coding' });
    await addIdea(db, w.id, { title: 'Chatbot' });
    const { useCase } = await setIdeaOutcome(db, kept.id, 'use-case');
    await deleteWorkshop(db, w.id);
    expect(await db.workshopIdeas.count()).toBe(0);
    expect(await db.workshops.count()).toBe(0);
    expect(await db.useCases.get(useCase!.id)).toMatchObject({
      title: 'Invoice coding',
      workshopIdeaId: null,
    });

    const w2 = await createWorkshop(db, client.id, { title: 'Second' });
    await addIdea(db, w2.id, { title: 'Something' });
    await deleteClient(db, client.id, 'Van Dijk');
    expect(await db.workshops.count()).toBe(0);
    expect(await db.workshopIdeas.count()).toBe(0);
    expect(await ideasForWorkshop(db, w2.id)).toEqual([]);
  });
});

describe('agenda and participant lists', () => {
  it('applies row edits to the stored list, so concurrent edits of two rows both land', async () => {
    const { editWorkshopList } = await import('../../../../src/db/workshops/workshops');
    const db = await freshDb();
    const client = await createClient(db, { name: 'Van Dijk' });
    const w = await createWorkshop(db, client.id, { title: 'Ideation' });
    await Promise.all([
      editWorkshopList(db, w.id, 'agenda', (agenda) =>
        agenda.map((a, i) => (i === 0 ? { ...a, minutes: 15 } : a)),
      ),
      editWorkshopList(db, w.id, 'agenda', (agenda) =>
        agenda.map((a, i) => (i === 1 ? { ...a, title: 'What slows us down' } : a)),
      ),
      editWorkshopList(db, w.id, 'participants', (list) => [
        ...list,
        { id: 'p1', name: 'Sanne Bakker', role: 'Bookkeeper' },
      ]),
    ]);
    const stored = (await db.workshops.get(w.id))!;
    expect(stored.agenda.slice(0, 2).map((a) => [a.title, a.minutes])).toEqual([
      ['Introduction', 15],
      ['What slows us down', 20],
    ]);
    expect(stored.session.timer.remainingMs).toBe(15 * 60_000);
    expect(stored.participants).toEqual([{ id: 'p1', name: 'Sanne Bakker', role: 'Bookkeeper' }]);
    await expect(
      editWorkshopList(db, w.id, 'agenda', (agenda) => agenda.map((a) => ({ ...a, minutes: 0 }))),
    ).rejects.toThrow('Minutes must be');
    expect((await db.workshops.get(w.id))!.agenda[0].minutes).toBe(15);
  });
});
