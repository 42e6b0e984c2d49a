import { useLiveQuery } from 'dexie-react-hooks';
import { FileDown, FileUp, Trash2 } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { questionnaireResults, TEMPLATE_KIND_LABELS } from '../../domain/questionnaires';
import { writeFormFile } from '../../domain/questionnaires/form/formHtml';
import { checkResponseFiles, type ResponsesPreview } from '../../db/questionnaires/import';
import {
  deleteQuestionnaire,
  responsesForQuestionnaire,
  setExpectedResponses,
} from '../../db/questionnaires/questionnaires';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { ImportResponsesDialog } from './ImportResponsesDialog';
import { questionnairesPath } from './paths';
import { ResponsesList } from './ResponsesList';
import { ResultsView } from './ResultsView';
import './questionnaires.css';
import { fileName, namePart } from '../../domain/shared/fileName';
import { useT } from '../../state/interfaceLanguage';
import { clientWording } from '../../i18n/i18n';

const PREFILL_SOURCE = { fria: 'DPIA', dpia: 'FRIA' } as const;

/** One questionnaire: send the form, import the answers, see the results and what they changed. */
export function QuestionnaireScreen() {
  const t = useT();
  const client = useClient();
  const { questionnaireId = '' } = useParams();
  const navigate = useNavigate();
  const inputId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<ResponsesPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const data = useLiveQuery(async () => {
    const questionnaire = await db.questionnaires.get(questionnaireId);
    if (!questionnaire || questionnaire.clientId !== client.id) return { questionnaire: null, responses: [] };
    return { questionnaire, responses: await responsesForQuestionnaire(db, questionnaireId) };
  }, [questionnaireId, client.id]);
  if (!data) return null;
  const { questionnaire, responses } = data;
  if (!questionnaire) {
    return (
      <div className="empty-state">
        <h1>{t('This questionnaire does not exist')}</h1>
        <Link className="button" to={questionnairesPath(client.id)}>
          {t('Back to questionnaires')}
        </Link>
      </div>
    );
  }
  const results = questionnaireResults(
    questionnaire,
    responses.map((r) => r.answers),
  );

  const downloadForm = async () => {
    const words = await clientWording(client);
    const html = await writeFormFile({
      questionnaire,
      clientName: client.name,
      returnTo: words.t('the person who sent you this form'),
      words,
      prefillSource:
        questionnaire.kind === 'fria' || questionnaire.kind === 'dpia'
          ? PREFILL_SOURCE[questionnaire.kind]
          : undefined,
    });
    const name = fileName(
      `${namePart(client.shortName || client.name)}-${namePart(questionnaire.title)}-v${questionnaire.version}`,
      'html',
    );
    const result = await platform.saveFile({
      suggestedName: name,
      data: html,
      filters: [{ name: t('Web page'), extensions: ['html'] }],
    });
    setMessage(
      result.saved
        ? t(
            result.location
              ? 'Form saved as {{file}}. Send it by e-mail or on a USB stick; it works offline in any browser.'
              : 'Form saved. Send it by e-mail or on a USB stick; it works offline in any browser.',
            { file: result.location ?? '' },
          )
        : result.reason === 'failed'
          ? t('Not saved: {{reason}}', { reason: result.message ?? t('the file could not be written') })
          : null,
    );
  };

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    try {
      setPreview(
        await checkResponseFiles(
          db,
          client.id,
          files.map((f) => ({ name: f.name, size: f.size, text: () => f.text() })),
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  const onExpected = async (value: string) => {
    const count = value.trim() === '' ? null : Number(value);
    try {
      await trackSave(setExpectedResponses(db, questionnaire.id, count));
      setMessage(null);
    } catch (err) {
      setMessage(describeWriteError(err));
    }
  };

  const remove = async () => {
    await trackSave(deleteQuestionnaire(db, questionnaire.id));
    navigate(questionnairesPath(client.id));
  };

  return (
    <div className="page">
      <nav aria-label={t('Breadcrumb')} className="q-breadcrumb">
        <Link to={questionnairesPath(client.id)}>{t('Questionnaires')}</Link>
        <span aria-hidden> / </span>
        <span aria-current="page">{questionnaire.title}</span>
      </nav>
      <PageHeader
        title={questionnaire.title}
        subtitle={t('{{client}} · {{kind}} · version {{version}} · for {{audience}}', {
          client: client.name,
          kind: t(TEMPLATE_KIND_LABELS[questionnaire.kind]),
          version: questionnaire.version,
          audience: questionnaire.audience,
        })}
        actions={
          <>
            <button type="button" className="button" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> {t('Delete')}
            </button>
            <button type="button" className="button" onClick={downloadForm}>
              <FileDown size={16} aria-hidden /> {t('Download the form')}
            </button>
            <input
              id={inputId}
              className="visually-hidden"
              type="file"
              multiple
              accept=".json,application/json"
              onChange={onFiles}
              disabled={busy}
            />
            <label htmlFor={inputId} className="button button--primary">
              <FileUp size={16} aria-hidden /> {t(busy ? 'Checking the files…' : 'Import responses…')}
            </label>
          </>
        }
      />
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
      <section className="card q-summary" aria-label={t('Response rate')}>
        <div className="q-stat">
          <span className="q-stat__value">{results.responses}</span>
          <span className="q-stat__label">{t('responses')}</span>
        </div>
        <div className="q-stat">
          <span className="q-stat__value">{results.rate === null ? '—' : `${results.rate}%`}</span>
          <span className="q-stat__label">{t('response rate')}</span>
        </div>
        <div className="field q-expected">
          <label htmlFor="q-expected">{t('Sent to (people)')}</label>
          <input
            id="q-expected"
            inputMode="numeric"
            defaultValue={questionnaire.expectedResponses ?? ''}
            key={questionnaire.expectedResponses ?? 'none'}
            onBlur={(e) => void onExpected(e.target.value)}
          />
        </div>
      </section>
      <ResultsView results={results} />
      <ResponsesList clientId={client.id} responses={responses} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t('Delete “{{title}}”?', { title: questionnaire.title })}
        message={t('Its {{count}} stored responses are deleted too. Register entries made from them stay.', {
          count: responses.length,
        })}
        confirmLabel={t('Delete questionnaire')}
        danger
        onConfirm={remove}
      />
      {preview && (
        <ImportResponsesDialog clientId={client.id} preview={preview} onClose={() => setPreview(null)} />
      )}
    </div>
  );
}
