// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialog } from '../../../src/ui/Dialog';

afterEach(cleanup);

function Host() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <input aria-label="Notes" onKeyDown={(e) => e.key === 'k' && e.ctrlKey && setOpen(true)} />
      <button type="button" onClick={() => setOpen(true)}>
        Switch client
      </button>
      <Dialog open={open} onOpenChange={setOpen} title="Switch client">
        <input aria-label="Search clients" />
      </Dialog>
    </>
  );
}

describe('the dialog of the kit', () => {
  it('returns focus to the button that opened it when closed with Esc', async () => {
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'Switch client' });
    opener.focus();
    await act(async () => fireEvent.click(opener));
    expect(screen.getByRole('dialog', { name: 'Switch client' })).toBeTruthy();
    expect(document.activeElement).not.toBe(opener);
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('returns focus to the field it was opened from by a shortcut', async () => {
    render(<Host />);
    const notes = screen.getByLabelText('Notes');
    notes.focus();
    await act(async () => fireEvent.keyDown(notes, { key: 'k', ctrlKey: true }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close' })));
    expect(document.activeElement).toBe(notes);
  });
});
