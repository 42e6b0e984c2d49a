// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { HashRouter, MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useRouteLinks } from '../../../src/ui/useRouteLinks';

function List() {
  const link = useRouteLinks();
  return (
    <a className="risk" {...link('/clients/c1/governance/risks/r1')}>
      Prompt injection
    </a>
  );
}

function Where() {
  return <p>At {useLocation().pathname}</p>;
}

const app = (
  <Routes>
    <Route path="*" element={<Where />} />
  </Routes>
);

afterEach(cleanup);

describe('useRouteLinks', () => {
  it('a plain click opens the path in the app, as a router link does', () => {
    render(
      <MemoryRouter initialEntries={['/clients/c1/governance/risks']}>
        <List />
        {app}
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Prompt injection' });
    expect(link.getAttribute('href')).toBe('/clients/c1/governance/risks/r1');
    expect(fireEvent.click(link)).toBe(false); // handled: the browser does not follow the href itself
    expect(screen.getByText('At /clients/c1/governance/risks/r1')).toBeTruthy();
  });

  it('a modified click is left to the browser, and the hash router gets hash hrefs', () => {
    window.location.hash = '#/clients/c1/governance/risks';
    render(
      <HashRouter>
        <List />
        {app}
      </HashRouter>,
    );
    const link = screen.getByRole('link', { name: 'Prompt injection' });
    expect(link.getAttribute('href')).toBe('#/clients/c1/governance/risks/r1');
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(screen.getByText('At /clients/c1/governance/risks')).toBeTruthy();
    fireEvent.click(link);
    expect(screen.getByText('At /clients/c1/governance/risks/r1')).toBeTruthy();
  });
});
