import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  return (
    <>
      <div className="cross-client-label" role="note">
        <strong>{t('Cross-client view.')}</strong>{' '}
        {t(
          'The consultant library is shared by all your clients. It holds vendor facts and templates; each client’s scores and notes stay in that client’s evaluations.',
        )}
      </div>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      <nav className="subnav" aria-label={t('Library sections')}>
        <NavLink to="/library" end className="subnav__link">
          {t('Vendors')}
        </NavLink>
        <NavLink to="/library/templates" className="subnav__link">
          {t('Criteria templates')}
        </NavLink>
      </nav>
    </>
  );
}
