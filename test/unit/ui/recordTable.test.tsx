// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Trash2 } from 'lucide-react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { sortRows } from '../../../src/domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../../src/ui/table/RecordTable';
import { IconButton } from '../../../src/ui/IconButton';
import { RowOrderButtons } from '../../../src/ui/table/RowOrderButtons';
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

interface Item {
  id: string;
  name: string;
  group: string;
  over: boolean;
  note?: string;
}
const ITEMS: Item[] = [
  { id: 'a', name: 'Alpha', group: 'First', over: false, note: 'More about Alpha' },
  { id: 'b', name: 'Beta', group: 'First', over: true },
  { id: 'c', name: 'Gamma', group: 'Second', over: false },
];
const ITEM_COLUMNS: TableColumn<Item>[] = [
  { key: 'name', header: 'Item', rowHeader: true, render: (r) => r.name },
  {
    key: 'place',
    header: 'Place',
    numeric: true,
    cellClassName: (r) => (r.over ? 'text-danger' : undefined),
    render: (_, index) => index + 1,
  },
  { key: 'actions', header: 'Actions', headerHidden: true, render: (r) => <button>Remove {r.name}</button> },
];

describe('RecordTable options', () => {
  it('names each row by its row-header column, and hides a header visually but not from screen readers', () => {
    render(<RecordTable label="Items" columns={ITEM_COLUMNS} rows={ITEMS} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.getByRole('row', { name: /Beta/ })).toBeTruthy();
    const actions = screen.getByRole('columnheader', { name: 'Actions' });
    expect(actions.querySelector('.visually-hidden')?.textContent).toBe('Actions');
    expect(screen.getByRole('columnheader', { name: 'Item' }).querySelector('.visually-hidden')).toBeNull();
  });

  it("gives a cell its row's class and its row's place in the list", () => {
    render(<RecordTable label="Items" columns={ITEM_COLUMNS} rows={ITEMS} rowKey={(r) => r.id} />);
    const places = screen.getAllByRole('cell').filter((c) => c.classList.contains('num'));
    expect(places.map((c) => c.textContent)).toEqual(['1', '2', '3']);
    expect(places.map((c) => c.classList.contains('text-danger'))).toEqual([false, true, false]);
  });

  it('shows the empty message instead of a table when there are no rows', () => {
    render(
      <RecordTable
        label="Items"
        columns={ITEM_COLUMNS}
        rows={[]}
        rowKey={(r) => r.id}
        empty="Nothing yet."
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Nothing yet.').className).toBe('muted');
    cleanup();
    render(<RecordTable label="Items" columns={ITEM_COLUMNS} rows={[]} rowKey={(r) => r.id} />);
    expect(screen.getByRole('table', { name: 'Items' })).toBeTruthy();
  });

  it('puts a detail row under the rows that have one, across all columns', () => {
    render(
      <RecordTable
        label="Items"
        columns={ITEM_COLUMNS}
        rows={ITEMS}
        rowKey={(r) => r.id}
        detail={(r) => (r.note ? <p>{r.note}</p> : null)}
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Alpha1Remove Alpha',
      'More about Alpha',
      'Beta2Remove Beta',
      'Gamma3Remove Gamma',
    ]);
    expect(within(rows[1]).getByRole('cell').getAttribute('colspan')).toBe('3');
  });

  it('starts each group with a heading row, and shows a footer under the body', () => {
    render(
      <RecordTable
        label="Items"
        columns={ITEM_COLUMNS}
        rows={ITEMS}
        rowKey={(r) => r.id}
        groupOf={(r) => r.group}
        footer={
          <tr>
            <th scope="row">Total</th>
            <td>3</td>
            <td />
          </tr>
        }
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'First',
      'Alpha1Remove Alpha',
      'Beta2Remove Beta',
      'Second',
      'Gamma3Remove Gamma',
      'Total3',
    ]);
    expect(within(rows[0]).getByRole('columnheader', { name: 'First' }).getAttribute('colspan')).toBe('3');
    expect(rows[5].parentElement?.tagName).toBe('TFOOT');
  });

  it('can hide the column headers from view, and makes a compact table', () => {
    render(
      <RecordTable
        label="Items"
        columns={ITEM_COLUMNS}
        rows={ITEMS}
        rowKey={(r) => r.id}
        hideHeader
        compact
      />,
    );
    const table = screen.getByRole('table', { name: 'Items' });
    expect(table.querySelector('thead')?.className).toBe('visually-hidden');
    expect(screen.getByRole('columnheader', { name: 'Item' })).toBeTruthy();
    expect(table.classList.contains('table--compact')).toBe(true);
  });
});

describe('IconButton', () => {
  it('is a button named by its label that shows only the icon', () => {
    let clicked = 0;
    render(<IconButton label="Delete Alpha" icon={Trash2} onClick={() => clicked++} />);
    const button = screen.getByRole('button', { name: 'Delete Alpha' });
    expect(button.textContent).toBe('');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(clicked).toBe(1);
  });
});

describe('RowOrderButtons', () => {
  it('moves a row up or down and removes it; the first cannot go up, the last cannot go down', () => {
    const calls: string[] = [];
    const buttons = (index: number, canRemove?: boolean) => (
      <RowOrderButtons
        name={`Item ${index + 1}`}
        index={index}
        count={2}
        onMove={(i, delta) => calls.push(`move ${i} ${delta}`)}
        onRemove={() => calls.push(`remove ${index}`)}
        canRemove={canRemove}
      />
    );
    render(
      <>
        {buttons(0)}
        {buttons(1, false)}
      </>,
    );
    expect((screen.getByRole('button', { name: 'Move Item 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move Item 2 down' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Remove Item 2' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move Item 1 down' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Item 2 up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Item 1' }));
    expect(calls).toEqual(['move 0 1', 'move 1 -1', 'remove 0']);
  });
});
