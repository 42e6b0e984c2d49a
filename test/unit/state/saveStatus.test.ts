import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/db/core/errors';
import {
  describeRefused,
  describeWriteError,
  markRefused,
  trackSave,
  useSaveStatus,
} from '../../../src/state/saveStatus';

describe('the save indicator', () => {
  beforeEach(() => useSaveStatus.setState({ pending: 0, lastError: null, lastSavedAt: null, refused: {} }));

  it('counts writes in flight and records the last save', async () => {
    let finish!: () => void;
    const write = trackSave(new Promise<void>((resolve) => (finish = resolve)));
    expect(useSaveStatus.getState().pending).toBe(1);
    finish();
    await write;
    expect(useSaveStatus.getState()).toMatchObject({ pending: 0, lastError: null });
    expect(useSaveStatus.getState().lastSavedAt).not.toBeNull();
  });

  it('raises a clear alarm on a storage failure and rethrows so the input stays on screen', async () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    await expect(trackSave(Promise.reject(quota))).rejects.toBe(quota);
    expect(useSaveStatus.getState().lastError).toBe(
      'Not saved: the disk or browser storage is full. Free some space, then try again.',
    );
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    expect(describeWriteError(closed)).toMatch(/database is closed or blocked/);
  });

  it('does not raise the alarm for input refused by a rule (that message sits next to the field)', async () => {
    await expect(trackSave(Promise.reject(new ValidationError('Hours must be more than 0')))).rejects.toThrow(
      'Hours must be more than 0',
    );
    expect(useSaveStatus.getState().lastError).toBeNull();
    expect(describeWriteError(new ValidationError('Hours must be more than 0'))).toBe(
      'Hours must be more than 0',
    );
  });

  it('counts the fields showing a refused value, says why, and forgets them when fixed or gone', () => {
    markRefused('f1', 'Budget', 'Budget must be a number');
    markRefused('f2', 'Title', 'Title is required');
    markRefused('f2', 'Title', 'Title is required');
    expect(describeRefused(useSaveStatus.getState().refused)).toBe(
      '2 fields not saved. Budget: Budget must be a number; Title: Title is required',
    );
    markRefused('f1', 'Budget', null);
    expect(describeRefused(useSaveStatus.getState().refused)).toBe(
      '1 field not saved. Title: Title is required',
    );
    markRefused('f2', 'Title', null);
    expect(describeRefused(useSaveStatus.getState().refused)).toBeNull();
  });
});
