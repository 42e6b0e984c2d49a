import { Pencil, Plus } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { QUADRANT_LABELS } from '../../../domain/portfolio';
import {
  IDEA_OUTCOMES,
  IDEA_OUTCOME_LABELS,
  ideaQuadrant,
  ideasCsvRows,
  themesOf,
  type IdeaOutcome,
  type WorkshopIdea,
} from '../../../domain/workshops';
import { addIdea } from '../../../db/workshops/workshops';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { sortRows } from '../../../domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { useUrlParams, useUrlSort } from '../../../ui/table/useUrlState';
import type { WorkshopData } from '../useWorkshopData';
import { summaryFileName, pathToUseCase } from '../workshopLinks';
import { IdeaDialog } from './IdeaDialog';
import { useIdeaDecision } from './useIdeaDecision';
import { Badge } from '../../../ui/Badge';
import { Segmented, filterSegments } from '../../../ui/Segmented';

type Column = 'number' | 'title' | 'theme' | 'impact' | 'effort' | 'votes' | 'outcome';
type Filter = IdeaOutcome | 'all';
const FILTERS: Filter[] = ['all', ...IDEA_OUTCOMES];
const COLUMN_KEYS: Column[] = ['number', 'title', 'theme', 'impact', 'effort', 'votes', 'outcome'];
const OUTCOME_OPTIONS = IDEA_OUTCOMES.map((o) => ({ value: o, label: IDEA_OUTCOME_LABELS[o] }));

function cell(idea: WorkshopIdea, column: Column): string | number | null {
  if (column === 'outcome') return IDEA_OUTCOMES.indexOf(idea.outcome);
  return idea[column];
}

/** All ideas of a workshop, to review, edit and decide on after (or outside) the session. */
export function IdeasTable({ data }: { data: WorkshopData }) {
  const { workshop, ideas, client, useCases, portfolio } = data;
  const { params, set } = useUrlParams();
  const filter = FILTERS.find((f) => f === params.get('decision')) ?? 'all';
  const setFilter = (f: Filter) => set({ decision: f === 'all' ? '' : f });
  const theme = params.get('theme') ?? '';
  const setTheme = (t: string) => set({ theme: t });
  const sort = useUrlSort<Column>({ key: 'number', direction: 'asc' }, { keys: COLUMN_KEYS });
  const [editing, setEditing] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const themes = themesOf(ideas);

  const rows = useMemo(
    () =>
      sortRows(
        ideas.filter(
          (i) =>
            (filter === 'all' || i.outcome === filter) &&
            (!theme || i.theme.trim().toLowerCase() === theme.toLowerCase()),
        ),
        sort,
        cell,
        (a, b) => a.number - b.number,
      ),
    [ideas, filter, theme, sort],
  );
  const edited = ideas.find((i) => i.id === editing);

  const { decide, dialog: mergeOffer } = useIdeaDecision(portfolio, (text, error) =>
    setMessage({ text, error }),
  );

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const typed = title;
    setTitle('');
    try {
      await trackSave(addIdea(db, workshop.id, { title: typed }));
      setMessage(null);
    } catch (err) {
      setTitle((now) => now || typed);
      setMessage({ text: describeWriteError(err), error: true });
    }
  };

  const columns: TableColumn<WorkshopIdea, Column | 'useCase'>[] = [
    { key: 'number', header: '#', numeric: true, render: (idea) => idea.number },
    {
      key: 'title',
      header: 'Idea',
      render: (idea) => {
        const quadrant = ideaQuadrant(idea);
        return (
          <>
            <button
              type="button"
              className="ws-link-button"
              onClick={() => setEditing(idea.id)}
              aria-label={`Edit idea ${idea.number}: ${idea.title}`}
            >
              {idea.title} <Pencil size={12} aria-hidden />
            </button>
            <div className="muted ws-small">
              {[idea.process, idea.proposer, quadrant ? QUADRANT_LABELS[quadrant] : '']
                .filter(Boolean)
                .join(' · ')}
            </div>
          </>
        );
      },
    },
    { key: 'theme', header: 'Theme', render: (idea) => idea.theme || <span className="muted">—</span> },
    { key: 'impact', header: 'Impact', numeric: true, render: (idea) => idea.impact ?? '—' },
    { key: 'effort', header: 'Effort', numeric: true, render: (idea) => idea.effort ?? '—' },
    { key: 'votes', header: 'Dots', numeric: true, render: (idea) => idea.votes },
    {
      key: 'outcome',
      header: 'Decision',
      render: (idea) => (
        <>
          <label className="visually-hidden" htmlFor={`outcome-${idea.id}`}>
            Decision on idea {idea.number}
          </label>
          <select
            id={`outcome-${idea.id}`}
            className={`outcome-select outcome-select--${idea.outcome}`}
            value={idea.outcome}
            onChange={(e) => void decide(idea, e.target.value as IdeaOutcome)}
          >
            {OUTCOME_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </>
      ),
    },
    {
      key: 'useCase',
      header: 'Use case',
      sortable: false,
      render: (idea) => {
        const useCase = idea.useCaseId ? useCases.get(idea.useCaseId) : undefined;
        return useCase && useCase.workshopIdeaId !== idea.id ? (
          <Link to={pathToUseCase(client.id, useCase.id)}>Merged into {useCase.title}</Link>
        ) : useCase ? (
          <Link to={pathToUseCase(client.id, useCase.id)} aria-label={`Converted: use case ${useCase.title}`}>
            {useCase.title}
          </Link>
        ) : idea.useCaseId ? (
          <span className="muted">Deleted in the portfolio</span>
        ) : (
          <span className="muted">—</span>
        );
      },
    },
  ];

  return (
    <section className="card" aria-labelledby="ideas-heading">
      <div className="ws-card__header">
        <h2 id="ideas-heading">
          Ideas <Badge>{ideas.length}</Badge>
        </h2>
        <CsvExportButton
          fileName={summaryFileName(client.shortName || client.name, workshop.title, workshop.date).replace(
            /\.pdf$/,
            '-ideas',
          )}
          label="Export ideas CSV"
          rows={() => ideasCsvRows(ideas, new Map([...useCases.values()].map((u) => [u.id, u.title])))}
          disabled={ideas.length === 0}
        />
      </div>
      <form className="inline-form__fields ws-add-row" onSubmit={add} aria-label="Add an idea" noValidate>
        <div className="field field--grow">
          <label htmlFor="ideas-new-title">New idea</label>
          <input
            id="ideas-new-title"
            value={title}
            onChange={(e) => (setTitle(e.target.value), setMessage(null))}
            placeholder="Type an idea and press Enter"
          />
        </div>
        <button type="submit" className="button inline-form__submit">
          <Plus size={16} aria-hidden /> Add idea
        </button>
      </form>
      {message && (
        <p className={message.error ? 'field__error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {ideas.length === 0 ? (
        <p className="muted">No ideas yet. Capture them in facilitation mode, or add them here.</p>
      ) : (
        <>
          <div className="ws-list-toolbar">
            <Segmented
              label="Show ideas"
              options={filterSegments(IDEA_OUTCOMES, IDEA_OUTCOME_LABELS, ideas, (i) => i.outcome)}
              value={filter}
              onChange={setFilter}
            />
            {themes.length > 0 && (
              <div className="field ws-field--inline">
                <label htmlFor="ideas-theme-filter">Theme</label>
                <select id="ideas-theme-filter" value={theme} onChange={(e) => setTheme(e.target.value)}>
                  <option value="">All themes</option>
                  {themes.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <RecordTable
            label="Ideas"
            className="ideas-table workshop-table"
            columns={columns}
            rows={rows}
            rowKey={(i) => i.id}
            sort={sort}
          />
          {rows.length === 0 && <p className="muted">No ideas match this filter.</p>}
        </>
      )}
      {mergeOffer}
      {edited && (
        <IdeaDialog idea={edited} themes={themes} open onOpenChange={(open) => !open && setEditing(null)} />
      )}
    </section>
  );
}
