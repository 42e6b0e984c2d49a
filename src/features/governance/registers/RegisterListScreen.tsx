import { Plus, Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { fieldDef, registerBySlug, registerCsvRows, type RegisterRecord } from '../../../domain/governance';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { NotFound } from '../../shell/NotFound';
import { useGovernance, useNow } from '../useGovernance';
import { NewRecordDialog } from './NewRecordDialog';
import { RegisterSpecialView } from './RegisterSpecialView';
import { RegisterTable } from './RegisterTable';
import { extraColumns } from './registerExtras';
import { buildLinkIndex, knownPeople, linkText } from './registerUi';
import { DeletedRecords } from './DeletedRecords';
import { useRegisterRows } from './useRegisterRows';
import { clientWording } from '../../../i18n/i18n';
import { useClientWording } from '../../../i18n/useLanguageLoaded';
import { todayIso } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';
import { REGISTER_PHRASES } from './registerPhrases';

/** Any register as a list: search, filters, sortable columns, CSV export, and "New". */
export function RegisterListScreen() {
  const { registerSlug } = useParams();
  const register = registerBySlug(registerSlug);
  if (!register) return <NotFound />;
  return <RegisterList key={register.id} registerSlug={register.slug} />;
}

function RegisterList({ registerSlug }: { registerSlug: string }) {
  const register = registerBySlug(registerSlug)!;
  const { client, data, useCases } = useGovernance();
  const t = useT();
  const phrases = REGISTER_PHRASES[register.id];
  // The CSV's file name and headers are in the client's report language.
  const csv = useClientWording(client);
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const records = data[register.id] as unknown as RegisterRecord[];
  const index = useMemo(() => buildLinkIndex(client.id, data, useCases), [client.id, data, useCases]);
  const people = useMemo(() => knownPeople(data), [data]);
  const extras = extraColumns(register.id, now, data.aiSystems, data.useCaseFacts ?? [], t);
  const view = useRegisterRows(register, records, extras, index);
  const present = useMemo(() => new Set(records.map((r) => r.id)), [records]);

  return (
    <div className="page">
      <PageHeader
        title={t(register.title)}
        subtitle={`${client.name} · ${t(register.description)}`}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t(phrases.create)}
          </button>
        }
      />
      <RegisterSpecialView registerId={register.id} client={client} data={data} now={now} />
      {records.length === 0 ? (
        <div className="empty-state">
          <h2>{t(phrases.none, { client: client.name })}</h2>
          <p>{t(register.description)}</p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t(phrases.addFirst)}
          </button>
        </div>
      ) : (
        <section
          className="card gov-list"
          aria-label={t('{{register}} list', { register: t(register.title) })}
        >
          <div className="gov-toolbar">
            <label className="gov-search">
              <Search size={16} aria-hidden />
              <span className="visually-hidden">
                {t('Search {{register}}', { register: t(register.title) })}
              </span>
              <input
                type="search"
                value={view.search}
                onChange={(e) => view.setSearch(e.target.value)}
                placeholder={t('Search')}
              />
            </label>
            {register.filterFields.map((key) => {
              const field = fieldDef(register, key)!;
              return (
                <label key={key} className="gov-filter">
                  <span className="visually-hidden">
                    {t('Filter by {{field}}', { field: t(field.label) })}
                  </span>
                  <select value={view.filters[key]} onChange={(e) => view.setFilter(key, e.target.value)}>
                    <option value="">{t('{{field}}: all', { field: t(field.label) })}</option>
                    {(field.options ?? []).map((o) => (
                      <option key={o.value} value={o.value}>
                        {t('{{field}}: {{option}}', { field: t(field.label), option: t(o.label) })}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
            {view.filtered && (
              <button type="button" className="button button--quiet" onClick={view.clear}>
                {t('Clear')}
              </button>
            )}
            <span className="gov-toolbar__count" aria-live="polite">
              {t('{{shown}} of {{total}}', { shown: view.rows.length, total: records.length })}
            </span>
            <CsvExportButton
              fileName={`${client.shortName || client.name} - ${csv.t(register.title)} - ${todayIso()}`}
              rows={async () =>
                registerCsvRows(register, view.rows, {
                  linkLabel: (id) => linkText(index, id),
                  extras,
                  words: await clientWording(client),
                })
              }
              disabled={view.rows.length === 0}
            />
          </div>
          {view.rows.length === 0 ? (
            <p className="gov-list__empty">{t(phrases.noMatch)}</p>
          ) : (
            <RegisterTable
              register={register}
              clientId={client.id}
              rows={view.rows}
              extras={extras}
              index={index}
              sort={view.sort}
              onSort={view.toggleSort}
            />
          )}
        </section>
      )}
      <DeletedRecords register={register} clientId={client.id} present={present} index={index} />
      <NewRecordDialog
        register={register}
        clientId={client.id}
        people={people}
        open={creating}
        onOpenChange={setCreating}
      />
    </div>
  );
}
