import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { CountBar, QuestionnaireResults, QuestionResult } from '../../domain/questionnaires';
import { PALETTE } from '../../domain/shared/palette';
import { useInterfaceWording, useT } from '../../state/interfaceLanguage';
import { numberIn } from '../../domain/shared/language';

const BAR_COLOUR = 'var(--accent)';

/** Counts per option as a horizontal bar chart, with the same numbers as text for screen readers. */
export function CountsChart({
  bars,
  width = 560,
  label,
}: {
  bars: readonly CountBar[];
  width?: number;
  label: string;
}) {
  const height = 28 * bars.length + 30;
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join(', ');
  return (
    <figure className="q-chart" aria-label={`${label}: ${summary}`}>
      <BarChart
        layout="vertical"
        width={width}
        height={height}
        data={[...bars]}
        margin={{ left: 8, right: 36, top: 4, bottom: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis
          type="category"
          dataKey="label"
          width={230}
          tick={{ fontSize: 12, fill: PALETTE.textSecondary }}
          interval={0}
        />
        <Bar dataKey="count" fill={BAR_COLOUR} isAnimationActive={false} barSize={16}>
          <LabelList dataKey="count" position="right" fontSize={12} />
        </Bar>
      </BarChart>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}

function ResultBody({ result }: { result: QuestionResult }) {
  const { lang, t } = useInterfaceWording();
  if (result.answered === 0) return <p className="muted">{t('No answers yet.')}</p>;
  switch (result.kind) {
    case 'choice':
      return <CountsChart bars={result.bars} label={result.question.label} />;
    case 'scale':
      return (
        <>
          <p className="q-average">
            {t('Average {{average}} of {{max}}', {
              average: numberIn(lang, result.average ?? 0),
              max: result.question.scale?.max ?? 5,
            })}
          </p>
          <CountsChart bars={result.bars} label={result.question.label} />
        </>
      );
    case 'number':
      return (
        <p>
          {t('Average {{average}}, lowest {{min}}, highest {{max}}', {
            average: numberIn(lang, result.average ?? 0),
            min: numberIn(lang, result.min ?? 0),
            max: numberIn(lang, result.max ?? 0),
          })}
        </p>
      );
    case 'text':
      return (
        <ul className="q-texts">
          {result.texts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      );
  }
}

/** Every question's answers: charts for choices and scales, the free-text answers listed. */
export function ResultsView({ results }: { results: QuestionnaireResults }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="q-results-title">
      <h2 id="q-results-title">{t('Results')}</h2>
      {results.responses === 0 ? (
        <p className="muted">{t('The results appear here once responses are imported.')}</p>
      ) : (
        <div className="q-results">
          {results.questions.map((result) => (
            <article key={result.question.id} className="q-result" aria-label={result.question.label}>
              <h3>{result.question.label}</h3>
              <p className="muted q-small">
                {t('{{answered}} of {{responses}} answered', {
                  answered: result.answered,
                  responses: results.responses,
                })}
              </p>
              <ResultBody result={result} />
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
