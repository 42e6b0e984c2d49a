import { CheckCircle2, CircleAlert } from 'lucide-react';
import { charterProblems, daysBetween, type UseCase } from '../../../domain/portfolio';
import { CharterField } from './useCaseFields';
import { CharterSystemLinks } from './CharterSystemLinks';

/** The pilot charter: what must be agreed before the use case may enter pilot. Saved as typed. */
export function CharterSection({ useCase }: { useCase: UseCase }) {
  const missing = charterProblems(useCase.charter, useCase.aiSystemIds.length);
  const { startDate, plannedEndDate } = useCase.charter;
  const weeks =
    startDate && plannedEndDate && daysBetween(startDate, plannedEndDate) > 0
      ? Math.round(daysBetween(startDate, plannedEndDate) / 7)
      : null;
  return (
    <section className="card form-section" aria-labelledby="uc-charter">
      <h2 id="uc-charter">Pilot charter</h2>
      {missing.length === 0 ? (
        <p className="charter-status charter-status--complete">
          <CheckCircle2 size={16} aria-hidden /> Complete: the charter allows this use case to enter pilot.
        </p>
      ) : (
        <div className="charter-status charter-status--missing">
          <CircleAlert size={16} aria-hidden />
          <div>
            <p>
              Needed before the pilot can start — {missing.length} item{missing.length === 1 ? '' : 's'}{' '}
              missing:
            </p>
            <p className="small">{missing.join(' · ')}</p>
          </div>
        </div>
      )}
      <div className="form-grid form-grid--text">
        <CharterField
          useCase={useCase}
          field="hypothesis"
          label="Hypothesis"
          multiline
          hint="Testable: “drafting a job posting takes 15 instead of 45 minutes, at equal quality”."
        />
        <CharterField
          useCase={useCase}
          field="scopeAndUsers"
          label="Scope and users"
          multiline
          hint="Which teams, processes and people take part."
        />
      </div>
      <div className="form-grid">
        <CharterField useCase={useCase} field="startDate" label="Start date" kind="date" />
        <CharterField
          useCase={useCase}
          field="plannedEndDate"
          label="Planned end date"
          kind="date"
          hint={weeks !== null ? `About ${weeks} week${weeks === 1 ? '' : 's'}.` : 'After the start date.'}
        />
        <CharterField
          useCase={useCase}
          field="budgetPlanned"
          label="Budget planned (EUR)"
          kind="money"
          hint="0 is fine, e.g. existing licences."
        />
        <CharterField
          useCase={useCase}
          field="budgetActual"
          label="Budget spent (EUR)"
          kind="money"
          hint="Tracked during the pilot; not needed to start."
        />
      </div>
      <div className="form-grid form-grid--text">
        <CharterField
          useCase={useCase}
          field="dataRules"
          label="Data rules (what data may go in)"
          multiline
        />
        <CharterField
          useCase={useCase}
          field="humanOversightRule"
          label="Human-oversight rule"
          multiline
          hint="Who checks the output, when, and who may stop the system."
        />
        <CharterField
          useCase={useCase}
          field="stopConditions"
          label="Stop conditions"
          multiline
          hint="When the pilot is stopped early."
        />
      </div>
      <div className="form-grid">
        <CharterField
          useCase={useCase}
          field="vendorToolName"
          label="Vendor / tool"
          hint={
            useCase.charter.vendorEvaluationId
              ? 'Linked to a vendor evaluation in the vendor register.'
              : 'The product used in the pilot, as evaluated with the vendor.'
          }
        />
      </div>
      <CharterSystemLinks useCase={useCase} />
    </section>
  );
}
