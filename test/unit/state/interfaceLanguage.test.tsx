// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tell } from '../../../src/domain/shared/language';
import { formatDay } from '../../../src/domain/shared/dates';
import {
  chooseInterfaceLanguage,
  startInterfaceLanguage,
  useInterfaceLanguage,
  useT,
} from '../../../src/state/interfaceLanguage';
import { InterfaceLanguageSelect } from '../../../src/ui/LocaleSelect';

function Label() {
  const t = useT();
  return <p>{t('Interface language')}</p>;
}

afterEach(async () => {
  cleanup();
  await chooseInterfaceLanguage(null);
  localStorage.clear();
});

describe('the interface language', () => {
  it('follows the system until chosen, and keeps the choice for the next start', async () => {
    await startInterfaceLanguage();
    expect(useInterfaceLanguage.getState()).toMatchObject({ lang: 'en', chosen: false });
    await chooseInterfaceLanguage('nl');
    expect(localStorage.getItem('caio-desk.interface-language')).toBe('nl');
    useInterfaceLanguage.setState({ lang: 'en', chosen: false });
    await startInterfaceLanguage();
    expect(useInterfaceLanguage.getState()).toMatchObject({ lang: 'nl', chosen: true });
    expect(document.documentElement.lang).toBe('nl');
  });

  it('re-renders screens in the chosen language, and domain messages follow it', async () => {
    render(
      <>
        <Label />
        <InterfaceLanguageSelect />
      </>,
    );
    expect(screen.getAllByText('Interface language')).toHaveLength(2);
    await act(() => chooseInterfaceLanguage('nl'));
    expect(screen.getAllByText('Taal van de interface')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Taal van de interface' })).toHaveProperty('value', 'nl');
    expect(tell('Interface language')).toBe('Taal van de interface');
    expect(formatDay('2026-03-05')).toBe('5 mrt 2026');
    expect(formatDay('2026-03-05', 'iso')).toBe('2026-03-05');
    await act(() => chooseInterfaceLanguage('en'));
    expect(screen.getAllByText('Interface language')).toHaveLength(2);
    expect(tell('Interface language')).toBe('Interface language');
    expect(formatDay('2026-03-05')).toBe('5 Mar 2026');
  });
});
