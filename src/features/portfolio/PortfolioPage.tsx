import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { countActivePilots } from '../../domain/portfolio';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { NewUseCaseDialog } from './NewUseCaseDialog';
import { readsCover, usePortfolioData, type PortfolioReads } from './usePortfolioData';
import { BoardView } from './views/BoardView';
import { MapView } from './views/MapView';
import { OverviewView } from './views/OverviewView';
import { RankingView } from './views/RankingView';
import { TableView } from './views/TableView';
import { useT } from '../../state/interfaceLanguage';
import './portfolio.css';

const VIEWS = ['overview', 'table', 'board', 'map', 'ranking'] as const;
type ViewId = (typeof VIEWS)[number];

/** What each view reads: the map draws the use cases alone; only the overview needs the measurements. */
const VIEW_READS: Record<ViewId, PortfolioReads> = {
  overview: 'all',
  table: 'kpis',
  board: 'kpis',
  map: 'useCases',
  ranking: 'kpis',
};

function isView(value: string | null): value is ViewId {
  return VIEWS.some((v) => v === value);
}

/** The use-case portfolio of the current client: overview, register table, board, map and ranking. */
export function PortfolioPage() {
  const t = useT();
  const client = useClient();
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const requested = params.get('view');
  const view: ViewId = isView(requested) ? requested : 'overview';
  const data = usePortfolioData(client.id, VIEW_READS[view]);
  // After a change of view the previous view's records stay until the new read arrives: draw the header from them.
  const ready = data !== undefined && readsCover(data.reads, VIEW_READS[view]);

  const subtitle = data
    ? t('{{name}} · {{count}} use cases · {{active}} of {{limit}} pilot places in use', {
        name: client.name,
        count: data.useCases.length,
        active: countActivePilots(data.useCases),
        limit: client.pilotLimit,
      })
    : client.name;
  const viewLabel: Record<ViewId, string> = {
    overview: t('Overview'),
    table: t('Register'),
    board: t('Board'),
    map: t('Impact/effort map'),
    ranking: t('Ranking'),
  };

  return (
    <div className="page page--wide">
      <PageHeader
        title={t('AI use-case portfolio')}
        subtitle={subtitle}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t('New use case')}
          </button>
        }
      />
      {data && data.useCases.length > 0 && (
        <nav className="view-tabs" aria-label={t('Portfolio views')}>
          {VIEWS.map((v) => (
            <Link
              key={v}
              to={`?view=${v}`}
              className="view-tabs__tab"
              aria-current={v === view ? 'page' : undefined}
            >
              {viewLabel[v]}
            </Link>
          ))}
        </nav>
      )}
      {data &&
        (data.useCases.length === 0 ? (
          <div className="empty-state">
            <h2>{t('No use cases yet for {{name}}', { name: client.name })}</h2>
            <p>
              {t(
                'Add the AI ideas of this client, score them on impact, reach, feasibility, data readiness and confidence, and the portfolio ranks them, maps them and keeps pilots within the limit of {{limit}} at once.',
                { limit: client.pilotLimit },
              )}
            </p>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> {t('Add the first use case')}
            </button>
          </div>
        ) : (
          ready && (
            <>
              {view === 'overview' && <OverviewView client={client} data={data} />}
              {view === 'table' && <TableView client={client} data={data} />}
              {view === 'board' && <BoardView client={client} data={data} />}
              {view === 'map' && <MapView data={data} />}
              {view === 'ranking' && <RankingView data={data} />}
            </>
          )
        ))}
      <NewUseCaseDialog clientId={client.id} open={creating} onOpenChange={setCreating} />
    </div>
  );
}
