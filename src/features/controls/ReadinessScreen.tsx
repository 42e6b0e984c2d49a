import { Download, Library } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { applyLibrary, setProgrammeFrameworks, setProgrammeScope } from '../../db/controls/programme';
import { db } from '../../db/core/schema';
import {
  CONTROL_GAP_LABELS,
  controlGaps,
  FRAMEWORKS,
  FRAMEWORK_PACK,
  frameworkCoverage,
  requirementStates,
  type FrameworkId,
} from '../../domain/controls';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { AutoSaveField } from '../../ui/AutoSaveField';
import { PageHeader } from '../../ui/PageHeader';
import { CoverageChart, CoverageTable, ReadinessDefinition } from './CoverageFigures';
import { exportSoa, soaCsv, soaFileName } from './export/exportSoa';
import { CsvExportButton } from '../../ui/CsvExportButton';
import { useControls } from './useControls';
import { Badge } from '../../ui/Badge';
import { useClientWording } from '../../i18n/useLanguageLoaded';
import { useInterfaceWording } from '../../state/interfaceLanguage';

/** A client's AI management system at a glance: coverage per framework, readiness, gaps, the SoA. */
export function ReadinessScreen() {
  const { client, data, frameworks, today } = useControls();
  const words = useInterfaceWording();
  const { t } = words;
  const [message, setMessage] = useState<string | null>(null);
  // The SoA's file name is in the client's report language: load it before it is shown.
  useClientWording(client);
  const states = useMemo(() => requirementStates(data, today), [data, today]);
  const coverage = frameworks.map((f) => frameworkCoverage(states, f));
  const gaps = controlGaps(data, states, frameworks, today, words);
  const run = (work: Promise<string | null>) =>
    void work.then(
      (m) => m && setMessage(m),
      (e: unknown) => setMessage(describeWriteError(e)),
    );

  if (data.controls.length === 0) {
    return (
      <div className="page">
        <PageHeader
          title={t('AI management system')}
          subtitle={t('{{client}} · ISO/IEC 42001, NIST AI RMF and EU AI Act in one set of controls', {
            client: client.name,
          })}
        />
        <section className="card empty-state">
          <h2>{t('No controls yet')}</h2>
          <p>
            {t(
              'Copy the consultant-wide control library into {{client}}: each control is mapped to ISO/IEC 42001, NIST AI RMF and EU AI Act requirements, so work done once counts for all three.',
              { client: client.name },
            )}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              run(
                trackSave(applyLibrary(db, client.id)).then((n) =>
                  t('{{count}} controls copied from the library.', { count: n }),
                ),
              )
            }
          >
            <Library size={16} aria-hidden /> {t('Apply the control library')}
          </button>
          {message && <p role="status">{message}</p>}
        </section>
      </div>
    );
  }

  const toggle = (id: FrameworkId, on: boolean) =>
    run(
      trackSave(
        setProgrammeFrameworks(db, client.id, on ? [...frameworks, id] : frameworks.filter((f) => f !== id)),
      ).then(() => null),
    );
  return (
    <div className="page page--wide">
      <PageHeader
        title={t('AI management system')}
        subtitle={t('{{client}} · {{count}} controls · framework pack {{version}}', {
          client: client.name,
          count: data.controls.length,
          version: FRAMEWORK_PACK.version,
        })}
        actions={
          <>
            <button type="button" className="button" onClick={() => run(exportSoa(client, data, today))}>
              <Download size={16} aria-hidden /> {t('Statement of Applicability (.docx)')}
            </button>
            <CsvExportButton
              fileName={soaFileName(client, today)}
              rows={() => soaCsv(client, data, today)}
              label={t('Statement of Applicability (CSV)')}
            />
          </>
        }
      />
      {message && (
        <p className="banner" role="status">
          {message}
        </p>
      )}
      <div className="controls-grid">
        <section className="card" aria-labelledby="coverage-title">
          <h2 id="coverage-title">{t('Coverage per framework')}</h2>
          <CoverageChart coverage={coverage} />
          <CoverageTable coverage={coverage} />
          <ReadinessDefinition />
        </section>
        <section className="card" aria-labelledby="gaps-title">
          <h2 id="gaps-title">{t('Gaps ({{count}})', { count: gaps.length })}</h2>
          {gaps.length === 0 ? (
            <p className="muted">
              {t('No gaps: every applicable requirement is decided, implemented and evidenced.')}
            </p>
          ) : (
            <ul className="controls-gaps">
              {gaps.map((gap, i) => (
                <li key={`${gap.kind}:${gap.controlId ?? gap.framework}:${i}`}>
                  <Badge tone="info">{t(CONTROL_GAP_LABELS[gap.kind])}</Badge>{' '}
                  {gap.controlId ? (
                    <Link to={`list/${gap.controlId}`}>{gap.subject}</Link>
                  ) : (
                    <Link to="applicability">{gap.subject}</Link>
                  )}
                  <span className="muted"> · {gap.message}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="scope-title">
        <h2 id="scope-title">{t('Programme')}</h2>
        <fieldset className="controls-frameworks">
          <legend>{t('Frameworks in scope')}</legend>
          {FRAMEWORKS.map((f) => (
            <label key={f.id} className="controls-check">
              <input
                type="checkbox"
                checked={frameworks.includes(f.id)}
                onChange={(e) => toggle(f.id, e.target.checked)}
              />{' '}
              {t(f.name)}
            </label>
          ))}
        </fieldset>
        <AutoSaveField
          label={t('Scope of the AI management system')}
          multiline
          rows={3}
          value={data.programme?.scope ?? ''}
          save={(raw) => setProgrammeScope(db, client.id, raw)}
          hint={t(
            'ISO/IEC 42001 4.3: which organisation units, AI systems and activities it covers. Printed on the Statement of Applicability.',
          )}
        />
        <button
          type="button"
          className="button"
          onClick={() =>
            run(
              trackSave(applyLibrary(db, client.id)).then((n) =>
                n === 0
                  ? t('Every library control is already in this client.')
                  : t('{{count}} new controls copied from the library.', { count: n }),
              ),
            )
          }
        >
          <Library size={16} aria-hidden /> {t('Copy new library controls')}
        </button>
      </section>
    </div>
  );
}
