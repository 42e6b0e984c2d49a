import { Link } from 'react-router';
import { useT } from '../../state/interfaceLanguage';

export function NotFound() {
  const t = useT();
  return (
    <div className="empty-state">
      <h1>{t('This page does not exist')}</h1>
      <p>{t('The link may be from an older version, or the item was deleted.')}</p>
      <Link className="button" to="/">
        {t('Go to all clients')}
      </Link>
    </div>
  );
}
