// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { sortRows } from '../../../src/domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../../src/ui/table/RecordTable';
import { useUrlSort } from '../../../src/ui/table/useUrlState';

afterEach(cleanup);

interface Row {
  id: string;
  name: string;
  hours: number | null;
}
type Key = 'name' | 'hours';
const COLUMNS: TableColumn<Row, Key | 'note'>[] = [
  { key: 'name', header: 'Name', render: (r) => r.name },
  { key: 'hours', header: 'Hours', numeric: true, render: (r) => r.hours ?? '—' },
  { key: 'note', header: 'Note', sortable: false, render: () => 'n/a' },
];

function Location() {
  const location = useLocation();
  return <output aria-label="Query">{location.search}</output>;
}

function Harness({ rows }: { rows: Row[] }) {
  const sort = useUrlSort<Key>(
    { key: 'name', direction: 'asc' },
    { keys: ['name', 'hours'], firstDirection: (key) => (key === 'hours' ? 'desc' : 'asc') },
  );
  const shown = sortRows(rows, sort, (r, key) => r[key]);
  return (
    <>
      <RecordTable label="People" columns={COLUMNS} rows={shown} rowKey={(r) => r.id} sort={sort} />
      <Location />
    </>
  );
}

const ROWS: Row[] = [
  { id: '1', name: 'Bram', hours: 4 },
  { id: '2', name: 'Anouk', hours: null },
  { id: '3', name: 'Chris', hours: 12 },
];
const names = () =>
  within(screen.getByRole('table', { name: 'People' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('RecordTable', () => {
  it('sorts by a header click, says the order with aria-sort and keeps it in the URL', () => {
    render(
      <MemoryRouter initialEntries={['/people']}>
        <Harness rows={ROWS} />
      </MemoryRouter>,
    );
    expect(names()).toEqual(['Anouk', 'Bram', 'Chris']);
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Hours' }));
    expect(names()).toEqual(['Chris', 'Bram', 'Anouk']);
    expect(screen.getByRole('columnheader', { name: 'Hours' }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('none');
    expect(screen.getByLabelText('Query').textContent).toBe('?sort=hours&dir=desc');
    fireEvent.click(screen.getByRole('button', { name: 'Hours' }));
    // Empty hours stay last whichever way round.
    expect(names()).toEqual(['Bram', 'Chris', 'Anouk']);
    expect(within(screen.getByRole('columnheader', { name: 'Note' })).queryByRole('button')).toBeNull();
  });

  it('opens in the order a URL names, and ignores a column the table does not have', () => {
    render(
      <MemoryRouter initialEntries={['/people?sort=hours&dir=asc']}>
        <Harness rows={ROWS} />
      </MemoryRouter>,
    );
    expect(names()).toEqual(['Bram', 'Chris', 'Anouk']);
    cleanup();
    render(
      <MemoryRouter initialEntries={['/people?sort=salary&dir=up']}>
        <Harness rows={ROWS} />
      </MemoryRouter>,
    );
    expect(names()).toEqual(['Anouk', 'Bram', 'Chris']);
  });

  it('puts only the first rows of a long list in the page, and says how many there are', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: String(i),
      name: `Person ${String(i).padStart(3, '0')}`,
      hours: i,
    }));
    render(
      <MemoryRouter>
        <Harness rows={many} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'People' });
    expect(table.getAttribute('aria-rowcount')).toBe('501');
    const rendered = table.querySelectorAll('tbody tr[data-row]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  });
});
