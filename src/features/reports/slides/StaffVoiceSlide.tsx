import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import './staffVoice.css';
import { PALETTE } from '../../../domain/shared/palette';

/** What the staff told us: response rate, the top answers of the choice questions, a few short quotes (never a name). */
export function StaffVoiceSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'staffVoice' }> }) {
  const { page, model } = props;
  const v = model.staffVoice;
  if (!v) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>
          No staff questionnaire of {model.client.name} was answered in {model.period.label}.
        </EmptySlideMessage>
      </ReportSlideFrame>
    );
  }
  const chartWidth = v.charts.length > 1 ? 400 : 820;
  return (
    <ReportSlideFrame {...props} title={page.title}>
      <div className="staff-voice">
        <div className="staff-voice__rate">
          <div className="tile">
            <strong>{v.rate === null ? v.responses : `${v.rate}%`}</strong>
            <span>
              {v.rate === null ? 'responses' : `response rate · ${v.responses} of ${v.expected} people`}
            </span>
          </div>
          <ul className="staff-voice__list">
            {v.questionnaires.map((q) => (
              <li key={q.title}>
                <strong>{q.title}</strong>
                <span>
                  {q.responses} {q.responses === 1 ? 'response' : 'responses'}
                  {q.expected ? ` of ${q.expected} (${q.rate}%)` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div className="staff-voice__charts">
          {v.charts.map((chart) => (
            <figure key={chart.question} className="staff-voice__chart">
              <figcaption>
                {chart.question} <span className="muted">({chart.answered} answered)</span>
              </figcaption>
              <BarChart
                width={chartWidth}
                height={280}
                data={chart.bars}
                layout="vertical"
                margin={{ left: 4, right: 40, top: 0, bottom: 0 }}
              >
                <CartesianGrid horizontal={false} stroke={PALETTE.border} />
                <XAxis type="number" hide allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={chartWidth > 500 ? 300 : 170}
                  tick={{ fontSize: 14 }}
                  interval={0}
                />
                <Bar dataKey="count" fill={model.client.brandColor} isAnimationActive={false} barSize={28}>
                  <LabelList dataKey="count" position="right" style={{ fontSize: 15, fontWeight: 600 }} />
                </Bar>
              </BarChart>
            </figure>
          ))}
        </div>
        {v.quotes.length > 0 && (
          <div className="staff-voice__quotes">
            {v.quotes.map((q) => (
              <blockquote key={q.text}>
                <p>“{q.text}”</p>
                <footer>{q.question}</footer>
              </blockquote>
            ))}
          </div>
        )}
      </div>
    </ReportSlideFrame>
  );
}
