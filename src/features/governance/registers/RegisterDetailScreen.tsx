import { ChevronLeft, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { deleteRegisterRecord } from '../../../db/governance/registers';
import { db } from '../../../db/core/schema';
import {
  effectiveTier,
  recordTitle,
  registerBySlug,
  type AiSystem,
  type RegisterDefinition,
  type RegisterRecord,
} from '../../../domain/governance';
import { trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { NotFound } from '../../shell/NotFound';
import { RegisterFieldInput } from '../fields/RegisterFieldInput';
import { TierBadge } from '../TierBadge';
import { useGovernance } from '../useGovernance';
import { BacklinksPanel } from './BacklinksPanel';
import { HistoryPanel } from './HistoryPanel';
import { RecordSpecialPanels } from './RecordSpecialPanels';
import { offerUndo } from '../../../state/undoStore';
import { buildLinkIndex, governancePath, knownPeople } from './registerUi';
import { formatDayTime } from '../../../domain/shared/dates';
import { useT } from '../../../state/interfaceLanguage';
import { REGISTER_PHRASES } from './registerPhrases';

/** One register record: its special panels, every field in sections (saved as typed), links and history. */
export function RegisterDetailScreen() {
  const { registerSlug, recordId } = useParams();
  const register = registerBySlug(registerSlug);
  const { client, data } = useGovernance();
  const t = useT();
  if (!register) return <NotFound />;
  const record = (data[register.id] as unknown as RegisterRecord[]).find((r) => r.id === recordId);
  if (!record) {
    return (
      <div className="empty-state">
        <h1>{t(REGISTER_PHRASES[register.id].missing)}</h1>
        <p>{t('It may have been deleted.')}</p>
        <Link className="button" to={governancePath(client.id, register.slug)}>
          {t('Go to {{register}}', { register: t(register.title) })}
        </Link>
      </div>
    );
  }
  return <RecordPage key={record.id} register={register} record={record} />;
}

function RecordPage({ register, record }: { register: RegisterDefinition; record: RegisterRecord }) {
  const { client, data, useCases } = useGovernance();
  const t = useT();
  const index = useMemo(() => buildLinkIndex(client.id, data, useCases), [client.id, data, useCases]);
  const people = useMemo(() => knownPeople(data), [data]);
  const title = recordTitle(register, record);
  const system = register.id === 'aiSystems' ? (record as unknown as AiSystem) : null;

  return (
    <div className="page">
      <Link className="back-link" to={governancePath(client.id, register.slug)}>
        <ChevronLeft size={16} aria-hidden /> {t(register.title)}
      </Link>
      <header className="page-header">
        <div>
          <h1>
            {title}{' '}
            {system && (
              <TierBadge
                tier={effectiveTier(system.classification)}
                overridden={Boolean(system.classification?.override)}
                long
              />
            )}
          </h1>
          <p className="page-header__subtitle">
            {t('{{kind}} · {{client}} · last changed {{date}} · every change is saved as you type', {
              kind: capitalise(t(register.singular)),
              client: client.name,
              date: formatDayTime(record.updatedAt),
            })}
          </p>
        </div>
        <div className="page-header__actions">
          <DeleteRecordButton register={register} record={record} title={title} />
        </div>
      </header>
      <RecordSpecialPanels register={register} record={record} client={client} data={data} />
      <div className="form-sections" key={record.id}>
        {register.sections.map((section) => {
          const fields = register.fields.filter((f) => f.section === section);
          const id = `sec-${section.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <section key={section} className="card form-section" aria-labelledby={id}>
              <h2 id={id}>{t(section)}</h2>
              <div className="form-grid gov-form-grid">
                {fields.map((field) => (
                  <RegisterFieldInput
                    key={field.key}
                    register={register}
                    record={record}
                    field={field}
                    index={index}
                    people={people}
                  />
                ))}
              </div>
            </section>
          );
        })}
      </div>
      <BacklinksPanel register={register} record={record} clientId={client.id} />
      <HistoryPanel register={register} record={record} index={index} />
    </div>
  );
}

function DeleteRecordButton({
  register,
  record,
  title,
}: {
  register: RegisterDefinition;
  record: RegisterRecord;
  title: string;
}) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const t = useT();
  const phrases = REGISTER_PHRASES[register.id];
  const remove = async () => {
    const deletion = await trackSave(deleteRegisterRecord(db, register.id, record.id));
    offerUndo(t(phrases.undo, { title }), deletion?.id);
    navigate(governancePath(record.clientId, register.slug));
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        <Trash2 size={16} aria-hidden /> {t('Delete')}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('Delete {{title}}?', { title })}
        message={t(phrases.removed)}
        cancelLabel={t('Keep it')}
        confirmLabel={t(phrases.deleteOne)}
        danger
        onConfirm={remove}
      />
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
