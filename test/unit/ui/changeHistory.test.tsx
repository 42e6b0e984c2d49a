// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/db/clients/clients';
import { createUseCase } from '../../../src/db/portfolio/useCases';
import { updateRecord } from '../../../src/db/core/records';
import { db } from '../../../src/db/core/schema';
import { ChangeHistory } from '../../../src/features/portfolio/detail/ChangeHistory';

afterEach(cleanup);

describe('the change history of a use case', () => {
  it('filters by field: a score path counts as "Scores", every other field by its label', async () => {
    const client = await createClient(db, { name: 'Brightside' });
    const useCase = await createUseCase(db, client.id, { title: 'Drafting replies', date: '2026-01-02' });
    await updateRecord(db, 'useCases', useCase.id, { title: 'Drafting client replies' });
    await updateRecord(db, 'useCases', useCase.id, { 'scores.impact': 4 });
    await updateRecord(db, 'useCases', useCase.id, { businessOwner: 'Sanne de Vries' });
    render(<ChangeHistory useCaseId={useCase.id} />);
    const list = await screen.findByRole('list', { name: 'Changes to this use case' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const filter = screen.getByLabelText('Show changes of') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.text)).toEqual([
      'every field',
      'Business owner',
      'Scores',
      'Title',
    ]);
    fireEvent.change(filter, { target: { value: 'Scores' } });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Impact')]);
    fireEvent.change(filter, { target: { value: 'Title' } });
    expect(within(list).getByRole('listitem').textContent).toContain(
      'Title: “Drafting replies” → “Drafting client replies”',
    );
  });
});
