import type { ReportPage } from '../../../domain/reports';
import { EmptySlideMessage, ReportSlideFrame, type SlideProps } from './ReportSlideFrame';
import './staffVoice.css';
import { reportLanguage } from '../reportLanguage';
import { HorizontalBarChart } from '../../../ui/charts/HorizontalBarChart';

/** What the staff told us: response rate, the top answers of the choice questions, a few short quotes (never a name). */
export function StaffVoiceSlide(props: SlideProps & { page: Extract<ReportPage, { kind: 'staffVoice' }> }) {
  const { page, model } = props;
  const v = model.staffVoice;
  const { t, period } = reportLanguage(model);
  if (!v) {
    return (
      <ReportSlideFrame {...props} title={page.title}>
        <EmptySlideMessage>
          {t('No staff questionnaire of {{client}} was answered in {{period}}.', {
            client: model.client.name,
            period,
          })}
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
              {v.rate === null
                ? t('responses')
                : t('response rate · {{responses}} of {{count}} people', {
                    responses: v.responses,
                    count: v.expected ?? 0,
                  })}
            </span>
          </div>
          <ul className="staff-voice__list">
            {v.questionnaires.map((q) => (
              <li key={q.title}>
                <strong>{q.title}</strong>
                <span>
                  {t('{{count}} responses', { count: q.responses })}
                  {q.expected
                    ? ` ${t('of {{expected}} ({{rate}}%)', { expected: q.expected, rate: q.rate ?? 0 })}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div className="staff-voice__charts">
          {v.charts.map((chart) => (
            <figure key={chart.question} className="staff-voice__chart">
              <figcaption>
                {chart.question}{' '}
                <span className="muted">({t('{{count}} answered', { count: chart.answered })})</span>
              </figcaption>
              <HorizontalBarChart
                bars={chart.bars.map((b) => ({ label: b.label, value: b.count }))}
                width={chartWidth}
                height={280}
                margin={{ left: 4, right: 40, top: 0, bottom: 0 }}
                labelWidth={chartWidth > 500 ? 300 : 170}
                fill={model.client.brandColor}
                valueAxis={false}
                barSize={28}
                labelFontSize={14}
                valueStyle={{ fontSize: 15, fontWeight: 600 }}
              />
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
