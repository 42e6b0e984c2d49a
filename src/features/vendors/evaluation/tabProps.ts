import type { Comparison, Evaluation, VendorProfile } from '../../../domain/vendors';
import type { NoticeState } from '../shared/Notice';

/** What every tab of the evaluation screen receives. */
export type EvaluationTabProps = {
  evaluation: Evaluation;
  comparison: Comparison;
  profiles: VendorProfile[];
  readOnly: boolean;
  onNotice(notice: NoticeState): void;
  /** The vendor chosen in the URL (tabs that show one vendor at a time). */
  vendorId: string | null;
  onVendor(vendorId: string): void;
};
