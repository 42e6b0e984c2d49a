import { format, parseISO } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  compareReports,
  periodFromKey,
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
import { todayIso } from '../../domain/shared/dates';
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
        title="Board reports"
        subtitle={`${client.name} · slide-ready updates generated from the registers`}
      />
      <form className="card inline-form" onSubmit={create} aria-label="New board report">
        <h2>New board update</h2>
        <div className="inline-form__fields">
          <div className="field">
            <label htmlFor="report-kind">Period type</label>
            <select
              id="report-kind"
              value={kind}
              onChange={(e) => {
                const next = e.target.value as PeriodKind;
                setKind(next);
                setPeriodKey(recentPeriods(today, next, 1)[0].key);
              }}
            >
              <option value="month">Month</option>
              <option value="quarter">Quarter</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-period">Period</label>
            <select id="report-period" value={periodKey} onChange={(e) => setPeriodKey(e.target.value)}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--primary inline-form__submit">
            Create report
          </button>
        </div>
        <ErrorText>{error}</ErrorText>
      </form>
      <section className="card" aria-labelledby="reports-list">
        <h2 id="reports-list">Reports</h2>
        {reports && reports.length === 0 && (
          <p className="muted">No reports yet. Create the first board update above.</p>
        )}
        {reports && reports.length > 0 && (
          <table className="table" aria-label="Board reports">
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={r.id}>
                      {periodFromKey(r.periodKey)?.label ?? r.periodKey}
                      {(r.version ?? 1) > 1 ? ` · version ${r.version}` : ''}
                    </Link>
                  </td>
                  <td>
                    {r.exportedAt
                      ? `Exported ${format(parseISO(r.exportedAt), 'd MMM yyyy HH:mm')} (frozen)`
                      : 'Draft'}
                  </td>
                  <td>{format(parseISO(r.createdAt), 'd MMM yyyy')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
