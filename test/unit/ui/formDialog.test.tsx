// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FormActionButton,
  FormDialog,
  FormField,
  type FormOutcome,
  type FormProblem,
} from '../../../src/ui/FormDialog';
import { NumberField } from '../../../src/ui/fields/TextField';

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

/** A KPI-like form with two checked numbers, an extra action and a submit that may stay open. */
function KpiHost(props: {
  onSubmit(values: { baseline: string; target: string }): FormOutcome | Promise<FormOutcome>;
  onClear?(): void;
}) {
  const [open, setOpen] = useState(true);
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  return (
    <>
      <p>{open ? 'open' : 'closed'}</p>
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title="New KPI"
        submitLabel="Add KPI"
        busyLabel="Adding…"
        onSubmit={() => props.onSubmit({ baseline, target })}
        extraActions={
          props.onClear && <FormActionButton onRun={props.onClear}>Mark as not decided</FormActionButton>
        }
      >
        <NumberField name="baseline" label="Baseline value" value={baseline} onChange={setBaseline} />
        <NumberField name="target" label="Target value" value={target} onChange={setTarget} />
      </FormDialog>
    </>
  );
}

describe('the form dialog with several problems, actions and steps', () => {
  it('shows several problems at once, each naming its field, and focuses the first field in error', async () => {
    render(
      <KpiHost
        onSubmit={() => [
          { field: 'target', message: 'is not a number' },
          { field: 'baseline', message: 'Baseline value must not be negative' },
        ]}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add KPI' })));
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Target value: is not a number', 'Baseline value must not be negative']);
    const target = screen.getByLabelText('Target value');
    const baseline = screen.getByLabelText('Baseline value');
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(baseline.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(target.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Target value: is not a number',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('stays open without a message when the submit returns false', async () => {
    const onSubmit = vi.fn(() => false as const);
    render(<KpiHost onSubmit={onSubmit} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add KPI' })));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('submits once while busy, says so on the button, and closes when done', async () => {
    let finish: () => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<KpiHost onSubmit={onSubmit} />);
    const form = screen.getByRole('button', { name: 'Add KPI' }).closest('form')!;
    await act(async () => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    const busy = screen.getByRole('button', { name: 'Adding…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    await act(async () => finish());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('closed')).toBeTruthy();
  });

  it('runs an extra action like the submit: a thrown error is shown and the dialog stays', async () => {
    const onSubmit = vi.fn();
    const onClear = vi.fn(() => {
      throw new Error('Not saved: the disk is full.');
    });
    render(<KpiHost onSubmit={onSubmit} onClear={onClear} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mark as not decided' })));
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Not saved: the disk is full.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('returns focus to the button that opened it when closed with Esc', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            New client…
          </button>
          <FormDialog
            open={open}
            onOpenChange={setOpen}
            title="New client"
            submitLabel="Create"
            onSubmit={() => {}}
          >
            <FormField name="name" label="Client name">
              <input />
            </FormField>
          </FormDialog>
        </>
      );
    }
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'New client…' });
    opener.focus();
    await act(async () => fireEvent.click(opener));
    expect(document.activeElement).toBe(screen.getByLabelText('Client name'));
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: 'Escape' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});
