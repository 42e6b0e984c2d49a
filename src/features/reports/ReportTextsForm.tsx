import {
  linesFromText,
  suggestOverallStatus,
  type OverallStatus,
  type ReportModel,
  type ReportTexts,
} from '../../domain/reports';
import { updateRecord } from '../../db/core/records';
import { db } from '../../db/core/schema';
import { AutoSaveField, AutoSaveSelect } from '../../ui/AutoSaveField';
import { memo, useMemo } from 'react';
import { OVERALL_STATUS_TEXT } from './slides/statusLabels';
import { useLiveTexts } from './liveTexts';
import { useT } from '../../state/interfaceLanguage';

type StatusChoice = OverallStatus | 'unset';
/** The choices of the overall status (labels translated where shown). */
export const STATUS_OPTIONS: { value: StatusChoice; label: string }[] = [
  { value: 'unset', label: 'Not chosen yet' },
  ...(['green', 'amber', 'red'] as const).map((value) => ({ value, label: OVERALL_STATUS_TEXT[value] })),
];

/**
 * The free-text parts of the report; generated suggestions are the starting point. Saved as typed. Shows the
 * stored texts of the editor's report (`useLiveTexts`).
 */
export const ReportTextsForm = memo(function ReportTextsForm({
  reportId,
  frozen,
  model,
}: {
  reportId: string;
  frozen: boolean;
  model: ReportModel;
}) {
  const texts = useLiveTexts();
  const t = useT();
  const suggestion = useMemo(() => suggestOverallStatus(model), [model]);
  // Each field saves its own path (`texts.headlines.1`), so quick edits of two fields never overwrite each other.
  const save = (patch: Partial<ReportTexts>) =>
    updateRecord(
      db,
      'reports',
      reportId,
      Object.fromEntries(Object.entries(patch).map(([key, value]) => [`texts.${key}`, value])),
    );
  const list = (field: 'decisionsRequested' | 'nextSteps' | 'notDoing', label: string, hint: string) => (
    <AutoSaveField
      key={field}
      label={label}
      multiline
      rows={4}
      value={texts[field].join('\n')}
      hint={hint}
      disabled={frozen}
      save={(raw) => save({ [field]: linesFromText(raw) })}
    />
  );
  const lists = [
    ['decisionsRequested', t('Decisions requested'), t('One decision per line.')],
    ['nextSteps', t('Next steps'), t('One per line; shown on the roadmap slide.')],
    [
      'notDoing',
      t('Deliberately not now'),
      t('One per line; what the organisation is choosing not to do yet.'),
    ],
  ] as const;
  return (
    <section className="card report-texts" aria-labelledby="texts-heading">
      <h2 id="texts-heading">{t('Texts')}</h2>
      <AutoSaveSelect<StatusChoice>
        label={t('Overall status')}
        value={texts.overallStatus ?? 'unset'}
        options={STATUS_OPTIONS.map((option) => ({ ...option, label: t(option.label) }))}
        disabled={frozen}
        save={(choice) => save({ overallStatus: choice === 'unset' ? null : choice })}
        hint={
          suggestion.reasons.length
            ? t(
                'Suggested from the registers: {{status}} ({{reasons}}). You choose; the report cannot be exported until you do.',
                {
                  status: t(OVERALL_STATUS_TEXT[suggestion.status]),
                  reasons: suggestion.reasons.join('; '),
                },
              )
            : t(
                'Suggested from the registers: {{status}}: nothing in the registers needs the board’s attention. You choose; the report cannot be exported until you do.',
                {
                  status: t(OVERALL_STATUS_TEXT[suggestion.status]),
                },
              )
        }
      />
      {[0, 1, 2].map((i) => (
        <AutoSaveField
          key={i}
          label={t('Headline {{number}}', { number: i + 1 })}
          value={texts.headlines[i] ?? ''}
          disabled={frozen}
          validate={(raw) =>
            raw.length > 240 ? t('Keep each headline under 240 characters so it fits the slide') : null
          }
          save={(raw) => updateRecord(db, 'reports', reportId, { [`texts.headlines.${i}`]: raw })}
        />
      ))}
      {lists.map(([field, label, hint]) => list(field, label, hint))}
    </section>
  );
});
