import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';

/** Header of every library screen: says plainly that this view spans all clients. */
export function LibraryHeader({
  title,
  actions,
  subtitle,
}: {
  title: string;
  actions?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <>
      <div className="cross-client-label" role="note">
        <strong>Cross-client view.</strong> The consultant library is shared by all your clients. It holds
        vendor facts and templates; each client&apos;s scores and notes stay in that client&apos;s
        evaluations.
      </div>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      <nav className="subnav" aria-label="Library sections">
        <NavLink to="/library" end className="subnav__link">
          Vendors
        </NavLink>
        <NavLink to="/library/templates" className="subnav__link">
          Criteria templates
        </NavLink>
      </nav>
    </>
  );
}
