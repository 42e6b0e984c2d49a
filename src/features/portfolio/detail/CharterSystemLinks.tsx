import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { effectiveTier } from '../../../domain/governance';
import type { ResolvedUseCase, UseCase } from '../../../domain/portfolio';
import { db } from '../../../db/core/schema';
import {
  createSystemForUseCase,
  linkSystemToUseCase,
  unlinkSystemFromUseCase,
} from '../../../db/portfolio/useCaseSystems';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { TierBadge } from '../../governance/TierBadge';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/**
 * The charter's "AI system entry": links to entries of the AI system inventory (pick one, or create
 * one named here), not a copy of their name. The link is stored on the entry, so the inventory, the
 * use case's tier and the report all read the same fact.
 */
export function CharterSystemLinks({ useCase }: { useCase: UseCase | ResolvedUseCase }) {
  const systems = useLiveQuery(
    () => db.aiSystems.where('clientId').equals(useCase.clientId).sortBy('name'),
    [useCase.clientId],
  );
  const t = useT();
  const [pick, setPick] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pickId = useId();
  const nameId = useId();
  if (!systems) return null;
  const linked = systems.filter((s) => s.useCaseIds.includes(useCase.id));
  const others = systems.filter((s) => !s.useCaseIds.includes(useCase.id));
  const run = async (action: Promise<unknown>) => {
    setError(null);
    try {
      await trackSave(action);
      return true;
    } catch (err) {
      setError(describeWriteError(err));
      return false;
    }
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('Entry name: type the name of the AI system (e.g. the product) to create its entry.'));
      return;
    }
    if (await run(createSystemForUseCase(db, useCase, name.trim()))) setName('');
  };
  return (
    <div className="charter-systems form-field--wide" role="group" aria-labelledby={`${pickId}-title`}>
      <h3 id={`${pickId}-title`} className="field__label">
        {t('AI system entries this use case runs on')}
      </h3>
      {linked.length === 0 ? (
        <p className="muted small">
          {t('None linked yet: pick its entry in the AI system inventory, or create one.')}
        </p>
      ) : (
        <ul className="charter-systems__list">
          {linked.map((s) => (
            <li key={s.id}>
              <Link to={`/clients/${useCase.clientId}/governance/ai-systems/${s.id}`}>{s.name}</Link>{' '}
              <TierBadge
                tier={effectiveTier(s.classification)}
                overridden={Boolean(s.classification?.override)}
              />{' '}
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => run(unlinkSystemFromUseCase(db, useCase, s.id))}
              >
                {t('Unlink {{name}}', { name: s.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="charter-systems__actions">
        {others.length > 0 && (
          <span className="charter-systems__pick">
            <label htmlFor={pickId}>{t('Link an existing entry')}</label>
            <select id={pickId} value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">{t('Choose an entry…')}</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={!pick}
              onClick={async () => (await run(linkSystemToUseCase(db, useCase, pick))) && setPick('')}
            >
              {t('Link entry')}
            </button>
          </span>
        )}
        <form className="charter-systems__pick" onSubmit={create}>
          <label htmlFor={nameId}>{t('New entry name')}</label>
          <input
            id={nameId}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('e.g. Microsoft 365 Copilot')}
          />
          <button type="submit" className="button button--small">
            {t('Create entry and link')}
          </button>
        </form>
      </div>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
