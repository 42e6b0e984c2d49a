// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { AutoSaveField } from '../../../src/ui/AutoSaveField';
import { createClient } from '../../../src/db/clients/clients';
import { pendingEdits } from '../../../src/db/core/editJournal';
import { updateRecord } from '../../../src/db/core/records';
import { installPageHideFlush } from '../../../src/state/pageHide';
import { freshDb } from '../db/testDb';

afterEach(cleanup);

/**
 * A store like Dexie + useLiveQuery: writes finish when the test says so, and the stored value reaches
 * the field whenever the test delivers it (possibly a stale one, after a later write finished).
 */
function harness() {
  const writes: { raw: string; done: () => void }[] = [];
  let deliver: (value: string) => void = () => undefined;
  function Host() {
    const [value, setValue] = useState('Summarise');
    deliver = setValue;
    return (
      <AutoSaveField
        label="Idea"
        value={value}
        save={(raw) => new Promise<void>((done) => writes.push({ raw, done }))}
      />
    );
  }
  render(<Host />);
  return { writes, deliver: (v: string) => act(() => deliver(v)) };
}

const input = () => screen.getByLabelText('Idea') as HTMLInputElement;

describe('a self-saving field typed into quickly', () => {
  it('keeps every keystroke when the stored value of an earlier write arrives after a later write finished', async () => {
    const { writes, deliver } = harness();
    input().focus();
    fireEvent.change(input(), { target: { value: 'Summarise client' } });
    fireEvent.change(input(), { target: { value: 'Summarise client ' } });
    await act(async () => writes[0].done());
    await act(async () => writes[1].done());
    // The live query re-ran after the first write and delivers "Summarise client" late...
    deliver('Summarise client');
    // ...the typist goes on from what is on screen.
    fireEvent.change(input(), { target: { value: `${input().value}meeting` } });
    expect(input().value).toBe('Summarise client meeting');
  });

  it('keeps the draft while writes are in flight and stale values arrive in between', async () => {
    const { writes, deliver } = harness();
    input().focus();
    let typed = 'Summarise';
    for (const ch of ' client meeting minutes') {
      typed += ch;
      fireEvent.change(input(), { target: { value: typed } });
      // Every other write finishes, and an echo of an older value arrives, as on a busy machine.
      if (writes.length % 2 === 0) {
        await act(async () => writes[writes.length - 2].done());
        await act(async () => writes[writes.length - 1].done());
        deliver(writes[writes.length - 2].raw);
      }
    }
    expect(input().value).toBe('Summarise client meeting minutes');
    expect(writes.at(-1)!.raw).toBe('Summarise client meeting minutes');
  });

  it('follows the stored value again once editing ended and writes finished (e.g. changed elsewhere)', async () => {
    const { writes, deliver } = harness();
    input().focus();
    fireEvent.change(input(), { target: { value: 'Summarise calls' } });
    fireEvent.blur(input());
    await act(async () => writes[0].done());
    deliver('Summarise calls');
    deliver('Changed in the other window');
    expect(input().value).toBe('Changed in the other window');
  });
});

describe('a self-saving field on the one write path', () => {
  it('journals every keystroke before its write and keeps typed keystrokes in one history entry', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const writes: Promise<unknown>[] = [];
    render(
      <AutoSaveField
        label="Client name"
        value={client.name}
        save={(raw) => {
          const w = updateRecord(db, 'clients', client.id, { name: raw });
          writes.push(w);
          return w;
        }}
      />,
    );
    const field = screen.getByLabelText('Client name') as HTMLInputElement;
    field.focus();
    for (const typed of ['Brightside L', 'Brightside Lt', 'Brightside Ltd']) {
      fireEvent.change(field, { target: { value: typed } });
      // Journaled synchronously, before the database write has even started.
      expect(pendingEdits().at(-1)?.patch).toEqual({ name: typed });
    }
    await act(async () => {
      await Promise.all(writes);
    });
    expect(pendingEdits()).toEqual([]);
    expect((await db.clients.get(client.id))!.name).toBe('Brightside Ltd');
    const entries = await db.changes
      .where('[entity+entityId]')
      .equals(['clients', client.id])
      .filter((c) => c.field === 'name')
      .toArray();
    expect(entries.map((e) => e.newValue)).toEqual(['Brightside Ltd']);
    expect(field.value).toBe('Brightside Ltd');
  }, 15_000);
});

describe('a self-saving field when the page is hidden or unloaded', () => {
  it('hands a valid edit whose write failed to the write path again on pagehide and on visibilitychange to hidden', async () => {
    const saves: string[] = [];
    let fail = true;
    function Host() {
      return (
        <AutoSaveField
          label="Idea"
          value="Summarise"
          save={(raw) => {
            saves.push(raw);
            return fail ? Promise.reject(new Error('disk full')) : Promise.resolve();
          }}
        />
      );
    }
    const stop = installPageHideFlush();
    try {
      render(<Host />);
      input().focus();
      await act(async () => fireEvent.change(input(), { target: { value: 'Summarise calls' } }));
      expect(screen.getByText(/Not saved: disk full/)).toBeTruthy();
      // Hidden while the write is still failing: handed over once more (and journalled by the write path).
      await act(async () => window.dispatchEvent(new Event('pagehide')));
      expect(saves).toEqual(['Summarise calls', 'Summarise calls']);
      fail = false;
      await act(async () => fireEvent.change(input(), { target: { value: 'Summarise calls now' } }));
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      await act(async () => document.dispatchEvent(new Event('visibilitychange')));
      // That edit was saved: nothing is handed over again.
      expect(saves).toEqual(['Summarise calls', 'Summarise calls', 'Summarise calls now']);
    } finally {
      stop();
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });

  it('journals a re-sent edit synchronously, so the next start replays it', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    let closed = true;
    const stop = installPageHideFlush();
    try {
      render(
        <AutoSaveField
          label="Client name"
          value={client.name}
          save={(raw) =>
            closed
              ? Promise.reject(new Error('database closed'))
              : updateRecord(db, 'clients', client.id, { name: raw })
          }
        />,
      );
      const field = screen.getByLabelText('Client name') as HTMLInputElement;
      field.focus();
      await act(async () => fireEvent.change(field, { target: { value: 'Brightside Ltd' } }));
      closed = false;
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
        // Before any await: the edit is in the journal already.
        expect(pendingEdits().at(-1)?.patch).toEqual({ name: 'Brightside Ltd' });
      });
    } finally {
      stop();
    }
  });
});
