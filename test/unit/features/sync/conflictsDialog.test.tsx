// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conflict } from '../../../../src/db/sync/conflicts';
import { ConflictsDialog } from '../../../../src/features/sync/ConflictsDialog';

afterEach(cleanup);

const conflict: Conflict = {
  docId: 'useCases:u1',
  table: 'useCases',
  id: 'u1',
  winner: {
    rev: '2-a',
    by: 'alice',
    at: '2026-12-03T09:00:00.000Z',
    record: { id: 'u1', title: 'Alice title', process: 'Same' },
  },
  others: [
    {
      rev: '2-b',
      by: 'bob',
      at: '2026-12-03T09:01:00.000Z',
      record: { id: 'u1', title: 'Bob title', process: '' },
    },
  ],
  fields: [
    { field: 'title', mine: 'Alice title', theirs: 'Bob title' },
    { field: 'process', mine: 'Same', theirs: '' },
  ],
};

describe('the conflicts dialog', () => {
  it('shows both versions per field with author and time, and resolves with the choices', async () => {
    const onResolve = vi.fn(async () => undefined);
    const onOpenChange = vi.fn();
    render(<ConflictsDialog open onOpenChange={onOpenChange} conflicts={[conflict]} onResolve={onResolve} />);
    const group = screen.getByRole('group', { name: 'title' });
    expect(group.textContent).toContain('Alice title (alice, 3 Dec 2026');
    expect(group.textContent).toContain('Bob title (bob, 3 Dec 2026');
    expect(screen.getByRole('group', { name: 'process' }).textContent).toContain('(empty) (bob');
    fireEvent.click(screen.getByRole('radio', { name: /Bob title/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply my choices' }));
    await waitFor(() => expect(onResolve).toHaveBeenCalledWith(conflict, { title: 'other' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
  });
});
