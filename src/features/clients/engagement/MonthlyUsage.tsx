import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { monthLabel, type MonthUsage } from '../../../domain/clients/engagement';
import { PALETTE } from '../../../domain/shared/palette';
import '../clients.css';

/** Hours used per month against the agreement: a chart for the trend, a table for the numbers. */
export function MonthlyUsage({ usage, color }: { usage: MonthUsage[]; color: string }) {
  const chronological = [...usage].reverse().slice(-12);
  const agreed = usage[0]?.hoursAgreed ?? null;
  return (
    <section className="card monthly-usage" aria-labelledby="eng-usage">
      <h2 id="eng-usage">Hours per month</h2>
      <div className="monthly-usage__body">
        <BarChart
          width={460}
          height={200}
          data={chronological.map((u) => ({ month: monthLabel(u.month), hours: u.hoursUsed }))}
          accessibilityLayer={false}
          aria-hidden
        >
          <CartesianGrid vertical={false} stroke={PALETTE.border} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={32} />
          <Bar dataKey="hours" fill={color} isAnimationActive={false} radius={[4, 4, 0, 0]} />
          {agreed !== null && (
            <ReferenceLine
              y={agreed}
              stroke={PALETTE.danger}
              strokeDasharray="4 4"
              label={{ value: `Agreed ${agreed} h`, position: 'insideTopRight', fontSize: 12 }}
            />
          )}
        </BarChart>
        <table className="table table--compact" aria-label="Hours per month">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Used
              </th>
              <th scope="col" className="num">
                Agreed
              </th>
              <th scope="col" className="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {usage.slice(0, 6).map((u) => (
              <tr key={u.month}>
                <td>{monthLabel(u.month)}</td>
                <td className="num">{u.hoursUsed} h</td>
                <td className="num">{u.hoursAgreed ?? '—'}</td>
                <td className={`num ${u.usedShare !== null && u.usedShare > 1 ? 'text-danger' : ''}`}>
                  {u.usedShare === null ? '—' : `${Math.round(u.usedShare * 100)}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
