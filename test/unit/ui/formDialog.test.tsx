// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormDialog, FormField, type FormProblem } from '../../../src/ui/FormDialog';

afterEach(cleanup);

/** A "new client" form: the name is required; `save` is what would write it. */
function Host({ save }: { save(name: string): void | FormProblem }) {
  const [open, setOpen] = useState(true);
  const [name, setName] = useState('');
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      title="New client"
      submitLabel="Create client"
      onSubmit={() => (name.trim() ? save(name) : { field: 'name', message: 'Give the client a name.' })}
    >
      <FormField name="name" label="Client name">
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField name="sector" label="Sector" hint="e.g. Logistics">
        <input />
      </FormField>
    </FormDialog>
  );
}

describe('the form dialog of the kit', () => {
  it('submits nothing while invalid, names the field in its one error area and points the field at it', async () => {
    const save = vi.fn();
    render(<Host save={save} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create client' })));
    expect(save).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Client name: Give the client a name.');
    const field = screen.getByLabelText('Client name');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(field);
    expect(screen.getByLabelText('Sector').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'New client' })).toBeTruthy();
  });

  it('submits a valid form once and closes', async () => {
    const save = vi.fn();
    render(<Host save={save} />);
    await act(async () =>
      fireEvent.change(screen.getByLabelText('Client name'), { target: { value: 'Harbour Dental' } }),
    );
    await act(async () =>
      fireEvent.submit(screen.getByRole('button', { name: 'Create client' }).closest('form')!),
    );
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Harbour Dental');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps a problem the save reports on screen, about no field in particular', async () => {
    render(<Host save={() => ({ message: 'Not saved: the disk is full.' })} />);
    await act(async () =>
      fireEvent.change(screen.getByLabelText('Client name'), { target: { value: 'Harbour Dental' } }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create client' })));
    expect(screen.getByRole('alert').textContent).toBe('Not saved: the disk is full.');
    expect(screen.getByLabelText('Client name').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Sector').getAttribute('aria-describedby')).toBeTruthy();
  });
});
