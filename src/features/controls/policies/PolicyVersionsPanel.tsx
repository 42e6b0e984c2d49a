import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  acknowledgeVersion,
  listPolicyVersions,
  savePolicyVersion,
} from '../../../db/controls/policyVersions';
import { db } from '../../../db/core/schema';
import { diffPolicyText, type PolicyVersion } from '../../../domain/controls';
import { type Policy, type TrainingRecord } from '../../../domain/governance';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { formatDay, todayIso } from '../../../domain/shared/dates';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import '../controls.css';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/**
 * A policy's versions: keep the current text as a version, compare any two versions line by line,
 * and record who of the AI-literacy register acknowledged each version.
 */
export function PolicyVersionsPanel({ policy, people }: { policy: Policy; people: TrainingRecord[] }) {
  const versions = useLiveQuery(() => listPolicyVersions(db, policy.id), [policy.id]);
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [compare, setCompare] = useState<[string, string] | null>(null);
  const t = useT();
  if (!versions) return null;
  const fail = (e: unknown) => setError(describeWriteError(e));
  const latest = versions.at(-1);
  const pair = compare ?? (versions.length >= 2 ? [versions.at(-2)!.id, latest!.id] : null);
  const older = versions.find((v) => v.id === pair?.[0]);
  const newer = versions.find((v) => v.id === pair?.[1]);
  const columns: TableColumn<PolicyVersion>[] = [
    { key: 'number', header: t('Version'), render: (v) => v.version },
    { key: 'date', header: t('Date'), className: 'nowrap', render: (v) => formatDay(v.date) },
    { key: 'change', header: t('Change'), render: (v) => v.changeNote },
    {
      key: 'acknowledged',
      header: t('Acknowledged by'),
      render: (v) => {
        const missing = people.filter((p) => !v.acknowledgements.some((a) => a.trainingRecordId === p.id));
        return (
          <>
            {v.acknowledgements.map((a) => `${a.person} (${formatDay(a.date)})`).join(', ') || (
              <span className="muted">{t('Nobody yet')}</span>
            )}
            {missing.length > 0 && (
              <select
                aria-label={t('Record who acknowledged {{version}}', { version: v.version })}
                value=""
                onChange={(e) =>
                  e.target.value &&
                  void trackSave(acknowledgeVersion(db, v.id, e.target.value, todayIso())).catch(fail)
                }
              >
                <option value="">{t('Acknowledged by…')}</option>
                {missing.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.person}
                  </option>
                ))}
              </select>
            )}
          </>
        );
      },
    },
  ];
  return (
    <section className="card" aria-labelledby="policy-versions">
      <h2 id="policy-versions">
        {t('Kept texts and acknowledgements ({{count}})', { count: versions.length })}
      </h2>
      <RecordTable
        label={t('Kept texts of the policy')}
        compact
        columns={columns}
        rows={[...versions].reverse()}
        rowKey={(v) => v.id}
        empty={t(
          'No text kept yet. Keep the approved text so later changes can be compared and acknowledged.',
        )}
      />
      {versions.length >= 2 && pair && (
        <div className="stack">
          <div className="controls-form">
            {[t('Compare text'), t('with text')].map((label, i) => (
              <div className="field" key={label}>
                <label htmlFor={`compare-${i}`}>{label}</label>
                <select
                  id={`compare-${i}`}
                  value={pair[i]}
                  onChange={(e) =>
                    setCompare(i === 0 ? [e.target.value, pair[1]] : [pair[0], e.target.value])
                  }
                >
                  {versions.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.version}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {older && newer && (
            <pre
              className="policy-diff"
              aria-label={t('Changes from {{older}} to {{newer}}', {
                older: older.version,
                newer: newer.version,
              })}
            >
              {diffPolicyText(older.text, newer.text).map((part, i) =>
                part.kind === 'same' ? (
                  <span key={i}>{part.text}</span>
                ) : part.kind === 'added' ? (
                  <ins key={i}>{part.text}</ins>
                ) : (
                  <del key={i}>{part.text}</del>
                ),
              )}
            </pre>
          )}
        </div>
      )}
      <form
        className="controls-form"
        aria-label={t('Keep the current text')}
        onSubmit={(e) => {
          e.preventDefault();
          trackSave(
            savePolicyVersion(db, policy.id, { version: number, date: todayIso(), changeNote: note }),
          ).then(() => {
            setNumber('');
            setNote('');
            setError(null);
          }, fail);
        }}
      >
        <div className="field">
          <label htmlFor="version-number">{t('Number for the kept text')}</label>
          <input
            id="version-number"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder={latest ? t('after {{version}}', { version: latest.version }) : policy.version}
          />
        </div>
        <div className="field">
          <label htmlFor="version-note">{t('What changed')}</label>
          <input id="version-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('Keep the current text')}
        </button>
      </form>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
