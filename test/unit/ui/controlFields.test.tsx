// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { controlFields } from '../../../src/features/controls/controlFields';
import { english } from '../../../src/domain/shared/language';

afterEach(cleanup);

const CONTROL = {
  title: 'Logs of AI systems kept',
  ownerRole: 'IT lead',
  evidenceExpected: 'Retention setting',
  reviewIntervalMonths: 12,
  description: 'Keep the logs.',
};

function renderFields(layout: (fields: ReturnType<typeof controlFields>) => ReactNode) {
  const patches: object[] = [];
  const fields = controlFields(CONTROL, async (patch) => void patches.push(patch), english);
  render(<>{layout(fields)}</>);
  return patches;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('the shared fields of a control', () => {
  it('show the control and save each edit as a patch of its own key', async () => {
    const patches = renderFields((f) => (
      <>
        {f.title()}
        {f.ownerRole()}
        {f.evidenceExpected()}
        {f.reviewInterval()}
        {f.description({ rows: 2 })}
      </>
    ));
    expect(field('Title').value).toBe('Logs of AI systems kept');
    expect(field('Suggested owner role').value).toBe('IT lead');
    expect(field('Evidence expected').value).toBe('Retention setting');
    expect(field('Review interval (months)').value).toBe('12');
    expect(field('Description').tagName).toBe('TEXTAREA');
    expect(field('Description').getAttribute('rows')).toBe('2');
    await act(async () => fireEvent.change(field('Suggested owner role'), { target: { value: 'CISO' } }));
    await act(async () => fireEvent.change(field('Evidence expected'), { target: { value: 'Screenshot' } }));
    await act(async () => fireEvent.change(field('Review interval (months)'), { target: { value: '6' } }));
    await act(async () => fireEvent.change(field('Description'), { target: { value: 'Keep them.' } }));
    expect(patches).toEqual([
      { ownerRole: 'CISO' },
      { evidenceExpected: 'Screenshot' },
      { reviewIntervalMonths: 6 },
      { description: 'Keep them.' },
    ]);
  });

  it('refuse an empty title and an interval outside 1 to 36, writing nothing', async () => {
    const patches = renderFields((f) => (
      <>
        {f.title()}
        {f.reviewInterval({ min: '1', max: '36' })}
      </>
    ));
    expect(field('Review interval (months)').min).toBe('1');
    expect(field('Review interval (months)').max).toBe('36');
    await act(async () => fireEvent.change(field('Title'), { target: { value: '  ' } }));
    await act(async () => fireEvent.change(field('Review interval (months)'), { target: { value: '37' } }));
    expect(screen.getByText('Enter the control title')).toBeTruthy();
    expect(
      screen.getByText('The review interval must be a whole number of months from 1 to 36'),
    ).toBeTruthy();
    expect(patches).toEqual([]);
  });
});
