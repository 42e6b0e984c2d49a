// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckboxField, RadioField } from '../../../src/ui/fields/CheckboxField';
import { FieldList, useFieldValues, type FieldDef } from '../../../src/ui/fields/FieldList';
import { Form, SubmitButton, type FormOutcome } from '../../../src/ui/fields/Form';
import { OptionSelect, optionsOf } from '../../../src/ui/fields/OptionSelect';
import { TextField } from '../../../src/ui/fields/TextField';

afterEach(cleanup);

type Name = 'date' | 'hours' | 'activity' | 'kind';
const FIELDS: FieldDef<Name>[] = [
  { name: 'date', label: 'Date', kind: 'date' },
  { name: 'hours', label: 'Hours', kind: 'number', placeholder: '1.5' },
  { name: 'activity', label: 'Activity', hint: 'What you did' },
  {
    name: 'kind',
    label: 'Kind',
    kind: 'select',
    empty: 'Choose…',
    options: [{ value: 'call', label: 'Call' }],
  },
];

/** A "log time" form outside any dialog, its fields from definitions. */
function LogTime({ onSubmit }: { onSubmit(values: Record<Name, string>): FormOutcome }) {
  const { values, setValue } = useFieldValues<Name>(() => ({
    date: '2026-12-02',
    hours: '',
    activity: '',
    kind: '',
  }));
  return (
    <Form onSubmit={() => onSubmit(values)} aria-label="Log time">
      <FieldList fields={FIELDS} values={values} onChange={setValue} />
      <SubmitButton>Add entry</SubmitButton>
    </Form>
  );
}

describe('the field components of the kit', () => {
  it('draw fields from definitions, each named by its label, with its hint and its value', async () => {
    const onSubmit = vi.fn(() => undefined);
    render(<LogTime onSubmit={onSubmit} />);
    expect((screen.getByLabelText('Date') as HTMLInputElement).type).toBe('date');
    expect(screen.getByLabelText('Hours').getAttribute('inputmode')).toBe('decimal');
    const activity = screen.getByLabelText('Activity');
    expect(document.getElementById(activity.getAttribute('aria-describedby')!)?.textContent).toBe(
      'What you did',
    );
    expect(screen.getByRole('option', { name: 'Choose…' })).toBeTruthy();
    await act(async () => fireEvent.change(screen.getByLabelText('Hours'), { target: { value: '2' } }));
    await act(async () => fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'call' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add entry' })));
    expect(onSubmit).toHaveBeenCalledWith({ date: '2026-12-02', hours: '2', activity: '', kind: 'call' });
  });

  it('in a form outside a dialog: a problem names its field, marks it, focuses it and keeps the input', async () => {
    render(<LogTime onSubmit={() => ({ field: 'hours', message: 'is not a number' })} />);
    const hours = screen.getByLabelText('Hours') as HTMLInputElement;
    await act(async () => fireEvent.change(hours, { target: { value: 'two' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add entry' })));
    expect(screen.getByRole('alert').textContent).toBe('Hours: is not a number');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(hours);
    expect(hours.value).toBe('two');
    expect(hours.closest('.field')?.className).toContain('field--invalid');
  });

  it('a text field offers its suggestions; a select reports the chosen value', async () => {
    const chosen = vi.fn();
    function Host() {
      const [theme, setTheme] = useState('');
      return (
        <Form onSubmit={() => undefined}>
          <TextField
            name="theme"
            label="Theme"
            value={theme}
            onChange={setTheme}
            suggestions={['Candidates', 'Finance']}
          />
          <OptionSelect
            name="tier"
            label="Tier"
            value="a"
            options={optionsOf(['a', 'b'] as const, { a: 'Minimal', b: 'High' })}
            onChange={chosen}
          />
        </Form>
      );
    }
    render(<Host />);
    const theme = screen.getByLabelText('Theme');
    const list = document.getElementById(theme.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['Candidates', 'Finance']);
    await act(async () => fireEvent.change(screen.getByLabelText('Tier'), { target: { value: 'b' } }));
    expect(chosen).toHaveBeenCalledWith('b');
  });

  it('a checkbox and a radio group are named by their visible text', async () => {
    const ticked = vi.fn();
    const picked = vi.fn();
    render(
      <Form onSubmit={() => ({ field: 'ack', message: 'Tick the acknowledgement first.' })}>
        <CheckboxField name="ack" checked={false} onChange={ticked}>
          I acknowledge Art. 5
        </CheckboxField>
        <RadioField
          name="kind"
          legend="Kind of evidence"
          value="file"
          options={[
            { value: 'file', label: 'File' },
            { value: 'link', label: 'Link' },
          ]}
          onChange={picked}
        />
        <SubmitButton>Apply</SubmitButton>
      </Form>,
    );
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: 'I acknowledge Art. 5' })));
    expect(ticked).toHaveBeenCalledWith(true);
    expect(screen.getByRole('group', { name: 'Kind of evidence' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'File' }) as HTMLInputElement).checked).toBe(true);
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Link' })));
    expect(picked).toHaveBeenCalledWith('link');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Apply' })));
    const box = screen.getByRole('checkbox', { name: 'I acknowledge Art. 5' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(box);
  });
});
