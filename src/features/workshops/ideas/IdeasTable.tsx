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
import { useT } from '../../../state/interfaceLanguage';
import { clientWording } from '../../../i18n/i18n';
import { useClientWording } from '../../../i18n/useLanguageLoaded';
import { translatedLabels } from '../translatedLabels';

type Column = 'number' | 'title' | 'theme' | 'impact' | 'effort' | 'votes' | 'outcome';
type Filter = IdeaOutcome | 'all';
const FILTERS: Filter[] = ['all', ...IDEA_OUTCOMES];
const COLUMN_KEYS: Column[] = ['number', 'title', 'theme', 'impact', 'effort', 'votes', 'outcome'];

function cell(idea: WorkshopIdea, column: Column): string | number | null {
  if (column === 'outcome') return IDEA_OUTCOMES.indexOf(idea.outcome);
  return idea[column];
}

/** All ideas of a workshop, to review, edit and decide on after (or outside) the session. */
export function IdeasTable({ data }: { data: WorkshopData }) {
  const { workshop, ideas, client, useCases, portfolio } = data;
  const t = useT();
  // The CSV's file name and headers are in the client's report language: load it before they are needed.
  const report = useClientWording(client);
  const { params, set } = useUrlParams();
  const filter = FILTERS.find((f) => f === params.get('decision')) ?? 'all';
  const setFilter = (f: Filter) => set({ decision: f === 'all' ? '' : f });
  const theme = params.get('theme') ?? '';
  const setTheme = (value: string) => set({ theme: value });
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
      header: t('Idea'),
      render: (idea) => {
        const quadrant = ideaQuadrant(idea);
        return (
          <>
            <button
              type="button"
              className="ws-link-button"
              onClick={() => setEditing(idea.id)}
              aria-label={t('Edit idea {{number}}: {{title}}', { number: idea.number, title: idea.title })}
            >
              {idea.title} <Pencil size={12} aria-hidden />
            </button>
            <div className="muted ws-small">
              {[idea.process, idea.proposer, quadrant ? t(QUADRANT_LABELS[quadrant]) : '']
                .filter(Boolean)
                .join(' · ')}
            </div>
          </>
        );
      },
    },
    { key: 'theme', header: t('Theme'), render: (idea) => idea.theme || <span className="muted">—</span> },
    { key: 'impact', header: t('Impact'), numeric: true, render: (idea) => idea.impact ?? '—' },
    { key: 'effort', header: t('Effort'), numeric: true, render: (idea) => idea.effort ?? '—' },
    { key: 'votes', header: t('Dots'), numeric: true, render: (idea) => idea.votes },
    {
      key: 'outcome',
      header: t('Decision'),
      render: (idea) => (
        <>
          <label className="visually-hidden" htmlFor={`outcome-${idea.id}`}>
            {t('Decision on idea {{number}}', { number: idea.number })}
          </label>
          <select
            id={`outcome-${idea.id}`}
            className={`outcome-select outcome-select--${idea.outcome}`}
            value={idea.outcome}
            onChange={(e) => void decide(idea, e.target.value as IdeaOutcome)}
          >
            {IDEA_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(IDEA_OUTCOME_LABELS[o])}
              </option>
            ))}
          </select>
        </>
      ),
    },
    {
      key: 'useCase',
      header: t('Use case'),
      sortable: false,
      render: (idea) => {
        const useCase = idea.useCaseId ? useCases.get(idea.useCaseId) : undefined;
        return useCase && useCase.workshopIdeaId !== idea.id ? (
          <Link to={pathToUseCase(client.id, useCase.id)}>
            {t('Merged into {{title}}', { title: useCase.title })}
          </Link>
        ) : useCase ? (
          <Link
            to={pathToUseCase(client.id, useCase.id)}
            aria-label={t('Converted: use case {{title}}', { title: useCase.title })}
          >
            {useCase.title}
          </Link>
        ) : idea.useCaseId ? (
          <span className="muted">{t('Deleted in the portfolio')}</span>
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
          {t('Ideas')} <Badge>{ideas.length}</Badge>
        </h2>
        <CsvExportButton
          fileName={summaryFileName(client.shortName || client.name, workshop.title, workshop.date).replace(
            /\.pdf$/,
            `-${report.t('ideas')}`,
          )}
          label={t('Export ideas CSV')}
          rows={async () =>
            ideasCsvRows(
              ideas,
              new Map([...useCases.values()].map((u) => [u.id, u.title])),
              await clientWording(client),
            )
          }
          disabled={ideas.length === 0}
        />
      </div>
      <form
        className="inline-form__fields ws-add-row"
        onSubmit={add}
        aria-label={t('Add an idea')}
        noValidate
      >
        <div className="field field--grow">
          <label htmlFor="ideas-new-title">{t('New idea')}</label>
          <input
            id="ideas-new-title"
            value={title}
            onChange={(e) => (setTitle(e.target.value), setMessage(null))}
            placeholder={t('Type an idea and press Enter')}
          />
        </div>
        <button type="submit" className="button inline-form__submit">
          <Plus size={16} aria-hidden /> {t('Add idea')}
        </button>
      </form>
      {message && (
        <p className={message.error ? 'field__error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {ideas.length === 0 ? (
        <p className="muted">{t('No ideas yet. Capture them in facilitation mode, or add them here.')}</p>
      ) : (
        <>
          <div className="ws-list-toolbar">
            <Segmented
              label={t('Show ideas')}
              options={filterSegments(
                IDEA_OUTCOMES,
                translatedLabels(IDEA_OUTCOME_LABELS, t),
                ideas,
                (i) => i.outcome,
              )}
              value={filter}
              onChange={setFilter}
            />
            {themes.length > 0 && (
              <div className="field ws-field--inline">
                <label htmlFor="ideas-theme-filter">{t('Theme')}</label>
                <select id="ideas-theme-filter" value={theme} onChange={(e) => setTheme(e.target.value)}>
                  <option value="">{t('All themes')}</option>
                  {themes.map((each) => (
                    <option key={each} value={each}>
                      {each}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <RecordTable
            label={t('Ideas')}
            className="ideas-table workshop-table"
            columns={columns}
            rows={rows}
            rowKey={(i) => i.id}
            sort={sort}
          />
          {rows.length === 0 && <p className="muted">{t('No ideas match this filter.')}</p>}
        </>
      )}
      {mergeOffer}
      {edited && (
        <IdeaDialog idea={edited} themes={themes} open onOpenChange={(open) => !open && setEditing(null)} />
      )}
    </section>
  );
}
