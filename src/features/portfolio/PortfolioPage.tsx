import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { countActivePilots } from '../../domain/portfolio';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { NewUseCaseDialog } from './NewUseCaseDialog';
import { usePortfolioData } from './usePortfolioData';
import { BoardView } from './views/BoardView';
import { MapView } from './views/MapView';
import { OverviewView } from './views/OverviewView';
import { RankingView } from './views/RankingView';
import { TableView } from './views/TableView';
import './portfolio.css';

const VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'table', label: 'Register' },
  { id: 'board', label: 'Board' },
  { id: 'map', label: 'Impact/effort map' },
  { id: 'ranking', label: 'Ranking' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

function isView(value: string | null): value is ViewId {
  return VIEWS.some((v) => v.id === value);
}

/** The use-case portfolio of the current client: overview, register table, board, map and ranking. */
export function PortfolioPage() {
  const client = useClient();
  const data = usePortfolioData(client.id);
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const requested = params.get('view');
  const view: ViewId = isView(requested) ? requested : 'overview';

  const subtitle = data
    ? `${client.name} · ${data.useCases.length} use case${data.useCases.length === 1 ? '' : 's'} · ${countActivePilots(data.useCases)} of ${client.pilotLimit} pilot places in use`
    : client.name;

  return (
    <div className="page page--wide">
      <PageHeader
        title="AI use-case portfolio"
        subtitle={subtitle}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> New use case
          </button>
        }
      />
      {data && data.useCases.length > 0 && (
        <nav className="view-tabs" aria-label="Portfolio views">
          {VIEWS.map((v) => (
            <Link
              key={v.id}
              to={`?view=${v.id}`}
              className="view-tabs__tab"
              aria-current={v.id === view ? 'page' : undefined}
            >
              {v.label}
            </Link>
          ))}
        </nav>
      )}
      {data &&
        (data.useCases.length === 0 ? (
          <div className="empty-state">
            <h2>No use cases yet for {client.name}</h2>
            <p>
              Add the AI ideas of this client, score them on impact, reach, feasibility, data readiness and
              confidence, and the portfolio ranks them, maps them and keeps pilots within the limit of{' '}
              {client.pilotLimit} at once.
            </p>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> Add the first use case
            </button>
          </div>
        ) : (
          <>
            {view === 'overview' && <OverviewView client={client} data={data} />}
            {view === 'table' && <TableView client={client} data={data} />}
            {view === 'board' && <BoardView client={client} data={data} />}
            {view === 'map' && <MapView data={data} />}
            {view === 'ranking' && <RankingView data={data} />}
          </>
        ))}
      <NewUseCaseDialog clientId={client.id} open={creating} onOpenChange={setCreating} />
    </div>
  );
}
