import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import type { Client } from '../../../domain/clients/client';
import {
  ACTIVE_PILOT_STAGES,
  canTransition,
  countActivePilots,
  currentStageSince,
  rankUseCases,
  STAGE_LABELS,
  type RankedUseCase,
  type Stage,
} from '../../../domain/portfolio';
import { StageMoveDialog } from '../detail/StageMoveDialog';
import { formatDay, PriorityValue, RiskBadge } from '../labels';
import type { PortfolioData } from '../usePortfolioData';
import { Badge } from '../../../ui/Badge';
import { useT } from '../../../state/interfaceLanguage';

const OPEN_COLUMNS: Stage[] = ['idea', 'assessment', 'pilot', 'evaluation', 'structural'];
const CLOSED_COLUMNS: Stage[] = ['retired', 'parked', 'stopped'];
const DRAG_TYPE = 'application/x-caio-use-case';

interface PendingMove {
  useCaseId: string;
  target?: Stage;
}

/** Use cases by stage. Each card has a "Move to…" button; cards can also be dragged onto another column. */
export function BoardView({ client, data }: { client: Client; data: PortfolioData }) {
  const t = useT();
  const ranked = rankUseCases(data.useCases, data.kpis);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const active = countActivePilots(data.useCases);
  const moving = pending ? data.useCases.find((u) => u.id === pending.useCaseId) : undefined;

  const onDrop = (stage: Stage, event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const useCase = data.useCases.find((u) => u.id === id);
    if (!useCase || useCase.stage === stage) return;
    if (!canTransition(useCase.stage, stage)) {
      setMessage(
        t('“{{title}}” cannot move from {{from}} to {{to}}.', {
          title: useCase.title,
          from: t(STAGE_LABELS[useCase.stage]),
          to: t(STAGE_LABELS[stage]),
        }),
      );
      return;
    }
    setMessage(null);
    setPending({ useCaseId: id, target: stage });
  };

  const column = (stage: Stage) => {
    const cards = ranked.filter((r) => r.useCase.stage === stage);
    return (
      <section
        key={stage}
        className={`board__column ${dropTarget === stage ? 'board__column--drop' : ''}`}
        aria-labelledby={`board-${stage}`}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
          e.preventDefault();
          setDropTarget(stage);
        }}
        onDragLeave={() => setDropTarget((s) => (s === stage ? null : s))}
        onDrop={(e) => onDrop(stage, e)}
      >
        <h2 id={`board-${stage}`} className="board__title">
          <span className={`stage-dot stage-bg--${stage}`} aria-hidden />
          {t(STAGE_LABELS[stage])} <span className="board__count">{cards.length}</span>
          {stage === 'pilot' && (
            <span
              className={`board__limit ${active > client.pilotLimit ? 'text-danger' : ''}`}
              title={t('Use cases in pilot + evaluation against the client’s pilot limit')}
            >
              {t('{{active}}/{{limit}} limit', { active, limit: client.pilotLimit })}
            </span>
          )}
        </h2>
        <ul className="plain-list">
          {cards.map((r) => (
            <BoardCard key={r.useCase.id} row={r} onMove={() => setPending({ useCaseId: r.useCase.id })} />
          ))}
          {cards.length === 0 && <li className="board__empty">{t('None')}</li>}
        </ul>
      </section>
    );
  };

  return (
    <div className="board">
      <p className="muted small">
        {t(
          'Drag a card onto another stage, or use its “Move to…” button. Pilot and evaluation together count against the limit of {{limit}}.',
          { limit: client.pilotLimit },
        )}
      </p>
      {message && (
        <p className="inline-alert" role="alert">
          {message}
        </p>
      )}
      <div className="board__row board__row--open">{OPEN_COLUMNS.map(column)}</div>
      <div className="board__row board__row--closed">{CLOSED_COLUMNS.map(column)}</div>
      {moving && pending && (
        <StageMoveDialog
          useCase={moving}
          data={data}
          pilotLimit={client.pilotLimit}
          mode="move"
          initialTarget={pending.target}
          open
          onOpenChange={(open) => !open && setPending(null)}
        />
      )}
    </div>
  );
}

function BoardCard({ row, onMove }: { row: RankedUseCase; onMove(): void }) {
  const t = useT();
  const u = row.useCase;
  return (
    <li
      className="board-card"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, u.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <Link to={u.id} className="board-card__title">
        {u.title}
      </Link>
      <div className="board-card__meta">
        <RiskBadge tier={u.riskTier} short />
        <PriorityValue
          score={row.priority.ok ? row.priority.score : null}
          missing={row.priority.ok ? undefined : row.priority.message}
        />
      </div>
      <div className="board-card__meta muted small">
        <span>{u.businessOwner || t('No business owner')}</span>
        <span>{t('since {{date}}', { date: formatDay(currentStageSince(u)) })}</span>
      </div>
      {u.pilotLimitOverride && ACTIVE_PILOT_STAGES.includes(u.stage) && (
        <Badge tone="warning">{t('Over limit (override)')}</Badge>
      )}
      {u.stage !== 'retired' && (
        <button
          type="button"
          className="button button--small"
          onClick={onMove}
          aria-label={t('Move {{title}} to…', { title: u.title })}
        >
          {t('Move to…')}
        </button>
      )}
    </li>
  );
}
