import { type GovernanceData, type RegisterRecord } from '../../../domain/governance';
import { moveRegisterReview } from '../../../db/controls/policyVersions';
import { db } from '../../../db/core/schema';
import type { REVIEW_DATE_FIELDS } from '../../../domain/controls';
import { raciPeople } from '../useControls';
import { ReviewsPanel } from '../detail/ReviewsPanel';
import { todayIso } from '../../../domain/shared/dates';

/** The review cycle of a register item (policy, AI system, risk, processing record): record reviews, move the next review on. */
export function RegisterReviewPanel({
  table,
  record,
  clientId,
  data,
}: {
  table: keyof typeof REVIEW_DATE_FIELDS;
  record: RegisterRecord;
  clientId: string;
  data: GovernanceData;
}) {
  return (
    <ReviewsPanel
      clientId={clientId}
      subjectTable={table}
      subjectId={record.id}
      today={todayIso()}
      people={raciPeople(data)}
      onRecorded={(date, months) =>
        months ? moveRegisterReview(db, table, record.id, date, months) : Promise.resolve()
      }
    />
  );
}
