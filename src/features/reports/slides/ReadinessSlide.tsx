import { format, parseISO } from 'date-fns';
import type { ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import './readiness.css';

const date = (d: string) => format(parseISO(d), 'd MMM yyyy');

/** AI management system readiness: coverage and readiness per framework, top gaps, evidence expiring. */
export function ReadinessSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'readiness' }> }) {
  const { page, model } = props;
  const r = model.readiness;
  if (!r) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>
          No AI management system controls are set up for {model.client.name} yet.
        </EmptySlideMessage>
      </ReportSlideFrame>
    );
  }
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="readiness-slide">
        <div>
          <div className="tiles">
            {r.frameworks.map((f) => (
              <div key={f.framework} className="tile">
                <strong>{f.readiness === null ? '—' : `${f.readiness}%`}</strong>
                <span>{f.name} readiness</span>
              </div>
            ))}
          </div>
          <table className="slide-table readiness-coverage" aria-label="Coverage per framework">
            <thead>
              <tr>
                <th>Framework</th>
                <th className="num">Applicable</th>
                <th className="num">Implemented</th>
                <th className="num">Evidenced</th>
              </tr>
            </thead>
            <tbody>
              {r.frameworks.map((f) => (
                <tr key={f.framework}>
                  <td>
                    {f.name}
                    {f.undecided > 0 && <div className="readiness-note">{f.undecided} not decided yet</div>}
                  </td>
                  <td className="num">{f.applicable}</td>
                  <td className="num">
                    <span
                      className="readiness-bar"
                      style={{ width: `${f.applicable ? (100 * f.implemented) / f.applicable : 0}%` }}
                    />
                    {f.implemented}
                  </td>
                  <td className="num">
                    <span
                      className="readiness-bar readiness-bar--evidenced"
                      style={{ width: `${f.applicable ? (100 * f.evidenced) / f.applicable : 0}%` }}
                    />
                    {f.evidenced}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="footnote">
            {r.controls.implemented} of {r.controls.total} controls implemented. Readiness = (implemented +
            evidenced) ÷ (2 × applicable requirements). Framework pack {r.packVersion}.
          </p>
        </div>
        <div className="readiness-side">
          <h3>Top gaps</h3>
          {r.topGaps.length === 0 ? (
            <p>No gaps: every applicable requirement is implemented and evidenced.</p>
          ) : (
            <ul className="bullets">
              {r.topGaps.map((g, i) => (
                <li key={i}>
                  <strong>{g.heading}:</strong> {g.text}
                </li>
              ))}
            </ul>
          )}
          <h3>Evidence expiring or expired</h3>
          {r.expiringEvidence.length === 0 ? (
            <p>No evidence expires in the next 60 days.</p>
          ) : (
            <ul className="bullets">
              {r.expiringEvidence.map((e, i) => (
                <li key={i} className={e.expired ? 'readiness-expired' : undefined}>
                  {e.title}:{' '}
                  {e.expired ? (
                    <strong>expired {date(e.validUntil)}</strong>
                  ) : (
                    `valid until ${date(e.validUntil)}`
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </ReportSlideFrame>
  );
}
