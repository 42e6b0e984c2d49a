// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../../src/ui/ConfirmDialog';

afterEach(cleanup);

function Host(props: {
  onConfirm(typed: string): void | string | Promise<void | string | undefined>;
  typeToConfirm?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete client
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete Harbour Dental?"
        message="Its records are deleted."
        confirmLabel="Delete permanently"
        danger
        typeToConfirm={props.typeToConfirm}
        onConfirm={props.onConfirm}
      />
    </>
  );
}

async function openFrom(name: string) {
  const opener = screen.getByRole('button', { name });
  opener.focus();
  await act(async () => fireEvent.click(opener));
  return opener;
}

describe('the confirmation dialog of the kit', () => {
  it('opens on the safe choice, so Enter cancels', async () => {
    render(<Host onConfirm={() => undefined} />);
    await openFrom('Delete client');
    expect(screen.getByRole('dialog', { name: 'Delete Harbour Dental?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('returns focus to the button that opened it when closed with Esc, without confirming', async () => {
    const onConfirm = vi.fn();
    render(<Host onConfirm={onConfirm} />);
    const opener = await openFrom('Delete client');
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Radix moves focus back on a timer after the dialog unmounts.
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('runs the action once however often the button is pressed, then closes', async () => {
    let finish: () => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<Host onConfirm={onConfirm} />);
    await openFrom('Delete client');
    const confirm = screen.getByRole('button', { name: 'Delete permanently' });
    await act(async () => {
      fireEvent.click(confirm);
      fireEvent.click(confirm);
    });
    await act(async () => finish());
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for the name to be typed, and keeps the dialog open with the problem the action reports', async () => {
    const onConfirm = vi.fn((typed: string) =>
      typed === 'Harbour Dental' ? 'The disk is full.' : undefined,
    );
    render(<Host typeToConfirm="Harbour Dental" onConfirm={onConfirm} />);
    await openFrom('Delete client');
    const typed = screen.getByLabelText('Type “Harbour Dental” to confirm');
    expect(document.activeElement).toBe(typed);
    const confirm = screen.getByRole('button', { name: 'Delete permanently' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await act(async () => fireEvent.change(typed, { target: { value: 'Harbour Dental' } }));
    expect(confirm.disabled).toBe(false);
    await act(async () => fireEvent.click(confirm));
    expect(onConfirm).toHaveBeenCalledWith('Harbour Dental');
    expect(screen.getByRole('alert').textContent).toBe('The disk is full.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
