import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  compareReports,
  periodFromKey,
  periodLabelIn,
  recentPeriods,
  suggestTexts,
  type PeriodKind,
} from '../../domain/reports';
import { createReport, previousExportedReport, reportsForClient } from '../../db/reports/reports';
import { liveReportModel } from '../../db/reports/sources';
import { clientWording } from '../../i18n/i18n';
import { db } from '../../db/core/schema';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { PageHeader } from '../../ui/PageHeader';
import { useClient } from '../clients/ClientLayout';
import { formatDay, formatDayTime, todayIso } from '../../domain/shared/dates';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { ErrorText } from '../../ui/FieldMessages';

/** The client's board reports: drafts and exported (frozen) ones, and a new report for a period. */
export function ReportsPage() {
  const client = useClient();
  const reports = useLiveQuery(() => reportsForClient(db, client.id), [client.id]);
  const today = todayIso();
  const [kind, setKind] = useState<PeriodKind>(client.reportCadence === 'monthly' ? 'month' : 'quarter');
  const periods = recentPeriods(today, kind, 5);
  const [periodKey, setPeriodKey] = useState(periods[0].key);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const { lang, t } = useInterfaceWording();
  const periodLabel = (key: string) => {
    const period = periodFromKey(key);
    return period ? periodLabelIn(period, lang) : key;
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const key = periods.some((p) => p.key === periodKey) ? periodKey : periods[0].key;
      const model = await liveReportModel(db, client, key, today);
      const previous = await previousExportedReport(db, { id: '', clientId: client.id });
      const words = await clientWording(client);
      const report = await trackSave(
        createReport(
          db,
          client.id,
          key,
          suggestTexts(model, compareReports(previous?.snapshot?.model ?? null, model, words), words),
        ),
      );
      navigate(report.id);
    } catch (err) {
      setError(describeWriteError(err));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('Board reports')}
        subtitle={t('{{client}} · slide-ready updates generated from the registers', { client: client.name })}
      />
      <form className="card inline-form" onSubmit={create} aria-label={t('New board report')}>
        <h2>{t('New board update')}</h2>
        <div className="inline-form__fields">
          <div className="field">
            <label htmlFor="report-kind">{t('Period type')}</label>
            <select
              id="report-kind"
              value={kind}
              onChange={(e) => {
                const next = e.target.value as PeriodKind;
                setKind(next);
                setPeriodKey(recentPeriods(today, next, 1)[0].key);
              }}
            >
              <option value="month">{t('Month')}</option>
              <option value="quarter">{t('Quarter')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-period">{t('Period')}</label>
            <select id="report-period" value={periodKey} onChange={(e) => setPeriodKey(e.target.value)}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {periodLabelIn(p, lang)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--primary inline-form__submit">
            {t('Create report')}
          </button>
        </div>
        <ErrorText>{error}</ErrorText>
      </form>
      <section className="card" aria-labelledby="reports-list">
        <h2 id="reports-list">{t('Reports')}</h2>
        {reports && reports.length === 0 && (
          <p className="muted">{t('No reports yet. Create the first board update above.')}</p>
        )}
        {reports && reports.length > 0 && (
          <table className="table" aria-label={t('Board reports')}>
            <thead>
              <tr>
                <th scope="col">{t('Period')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Created')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={r.id}>
                      {(r.version ?? 1) > 1
                        ? t('{{period}} · version {{version}}', {
                            period: periodLabel(r.periodKey),
                            version: r.version ?? 1,
                          })
                        : periodLabel(r.periodKey)}
                    </Link>
                  </td>
                  <td>
                    {r.exportedAt
                      ? t('Exported {{date}} (frozen)', { date: formatDayTime(r.exportedAt) })
                      : t('Draft')}
                  </td>
                  <td>{formatDay(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
