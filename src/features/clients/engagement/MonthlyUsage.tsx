import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { monthLabel, type MonthUsage } from '../../../domain/clients/engagement';
import { PALETTE } from '../../../domain/shared/palette';
import '../clients.css';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import type { Language, Translate } from '../../../domain/shared/language';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

const columns = (lang: Language, t: Translate): TableColumn<MonthUsage>[] => [
  { key: 'month', header: t('Month'), render: (u) => monthLabel(u.month, lang) },
  { key: 'used', header: t('Used'), numeric: true, render: (u) => t('{{hours}} h', { hours: u.hoursUsed }) },
  { key: 'agreed', header: t('Agreed'), numeric: true, render: (u) => u.hoursAgreed ?? '—' },
  {
    key: 'share',
    header: t('Share'),
    numeric: true,
    cellClassName: (u) => (u.usedShare !== null && u.usedShare > 1 ? 'text-danger' : undefined),
    render: (u) => (u.usedShare === null ? '—' : `${Math.round(u.usedShare * 100)}%`),
  },
];

/** Hours used per month against the agreement: a chart for the trend, a table for the numbers. */
export function MonthlyUsage({ usage, color }: { usage: MonthUsage[]; color: string }) {
  const { lang, t } = useInterfaceWording();
  const chronological = [...usage].reverse().slice(-12);
  const agreed = usage[0]?.hoursAgreed ?? null;
  const agreedLabel = {
    value: t('Agreed {{hours}} h', { hours: agreed ?? 0 }),
    position: 'insideTopRight',
    fontSize: 12,
  } as const;
  return (
    <section className="card monthly-usage" aria-labelledby="eng-usage">
      <h2 id="eng-usage">{t('Hours per month')}</h2>
      <div className="monthly-usage__body">
        <BarChart
          width={460}
          height={200}
          data={chronological.map((u) => ({ month: monthLabel(u.month, lang), hours: u.hoursUsed }))}
          accessibilityLayer={false}
          aria-hidden
        >
          <CartesianGrid vertical={false} stroke={PALETTE.border} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={32} />
          <Bar dataKey="hours" fill={color} isAnimationActive={false} radius={[4, 4, 0, 0]} />
          {agreed !== null && (
            <ReferenceLine y={agreed} stroke={PALETTE.danger} strokeDasharray="4 4" label={agreedLabel} />
          )}
        </BarChart>
        <RecordTable
          label={t('Hours per month')}
          compact
          columns={columns(lang, t)}
          rows={usage.slice(0, 6)}
          rowKey={(u) => u.month}
        />
      </div>
    </section>
  );
}
