import { CheckCircle2, CircleAlert } from 'lucide-react';
import { charterProblems, daysBetween, type UseCase } from '../../../domain/portfolio';
import { CharterField } from './useCaseFields';
import { CharterSystemLinks } from './CharterSystemLinks';
import { useT } from '../../../state/interfaceLanguage';

/** The pilot charter: what must be agreed before the use case may enter pilot. Saved as typed. */
export function CharterSection({ useCase }: { useCase: UseCase }) {
  const missing = charterProblems(useCase.charter, useCase.aiSystemIds.length);
  const { startDate, plannedEndDate } = useCase.charter;
  const weeks =
    startDate && plannedEndDate && daysBetween(startDate, plannedEndDate) > 0
      ? Math.round(daysBetween(startDate, plannedEndDate) / 7)
      : null;
  const t = useT();
  return (
    <section className="card form-section" aria-labelledby="uc-charter">
      <h2 id="uc-charter">{t('Pilot charter')}</h2>
      {missing.length === 0 ? (
        <p className="charter-status charter-status--complete">
          <CheckCircle2 size={16} aria-hidden />{' '}
          {t('Complete: the charter allows this use case to enter pilot.')}
        </p>
      ) : (
        <div className="charter-status charter-status--missing">
          <CircleAlert size={16} aria-hidden />
          <div>
            <p>
              {t('Needed before the pilot can start — {{count}} items missing:', { count: missing.length })}
            </p>
            <p className="small">{missing.join(' · ')}</p>
          </div>
        </div>
      )}
      <div className="form-grid form-grid--text">
        <CharterField
          useCase={useCase}
          field="hypothesis"
          label={t('Hypothesis')}
          multiline
          hint={t('Testable: “drafting a job posting takes 15 instead of 45 minutes, at equal quality”.')}
        />
        <CharterField
          useCase={useCase}
          field="scopeAndUsers"
          label={t('Scope and users')}
          multiline
          hint={t('Which teams, processes and people take part.')}
        />
      </div>
      <div className="form-grid">
        <CharterField useCase={useCase} field="startDate" label={t('Start date')} kind="date" />
        <CharterField
          useCase={useCase}
          field="plannedEndDate"
          label={t('Planned end date')}
          kind="date"
          hint={weeks !== null ? t('About {{count}} weeks.', { count: weeks }) : t('After the start date.')}
        />
        <CharterField
          useCase={useCase}
          field="budgetPlanned"
          label={t('Budget planned (EUR)')}
          kind="money"
          hint={t('0 is fine, e.g. existing licences.')}
        />
        <CharterField
          useCase={useCase}
          field="budgetActual"
          label={t('Budget spent (EUR)')}
          kind="money"
          hint={t('Tracked during the pilot; not needed to start.')}
        />
      </div>
      <div className="form-grid form-grid--text">
        <CharterField
          useCase={useCase}
          field="dataRules"
          label={t('Data rules (what data may go in)')}
          multiline
        />
        <CharterField
          useCase={useCase}
          field="humanOversightRule"
          label={t('Human-oversight rule')}
          multiline
          hint={t('Who checks the output, when, and who may stop the system.')}
        />
        <CharterField
          useCase={useCase}
          field="stopConditions"
          label={t('Stop conditions')}
          multiline
          hint={t('When the pilot is stopped early.')}
        />
      </div>
      <div className="form-grid">
        <CharterField
          useCase={useCase}
          field="vendorToolName"
          label={t('Vendor / tool')}
          hint={
            useCase.charter.vendorEvaluationId
              ? t('Linked to a vendor evaluation in the vendor register.')
              : t('The product used in the pilot, as evaluated with the vendor.')
          }
        />
      </div>
      <CharterSystemLinks useCase={useCase} />
    </section>
  );
}
