import { vendorName } from './comparison';
import type { EvaluationStatus } from './constants';
import type { Evaluation } from './evaluation';
import type { VendorRef } from './profile';

/**
 * For a use case (or pilot) screen: which vendor was chosen for it and why, and which evaluations of
 * it exist. Pass the evaluations of the use case's client only.
 */

export type ChosenVendor = {
  evaluationId: string;
  evaluationTitle: string;
  vendorId: string;
  vendorName: string;
  rationale: string;
  date: string;
  /** False while the evaluation is not yet marked decided (a provisional choice). */
  final: boolean;
};

export type UseCaseVendorChoice = {
  /** Selected vendors, final choices first, newest first. */
  chosen: ChosenVendor[];
  evaluations: Array<{ evaluationId: string; title: string; status: EvaluationStatus; vendorCount: number }>;
};

export function vendorChoiceForUseCase(
  evaluations: readonly Evaluation[],
  useCaseId: string,
  vendors: readonly VendorRef[],
): UseCaseVendorChoice {
  const linked = evaluations.filter((e) => e.useCaseId === useCaseId);
  const chosen = linked
    .flatMap((evaluation) =>
      evaluation.vendors.flatMap((entry) =>
        entry.decision?.outcome === 'selected'
          ? [
              {
                evaluationId: evaluation.id,
                evaluationTitle: evaluation.title,
                vendorId: entry.vendorId,
                vendorName: vendorName(entry.vendorId, vendors),
                rationale: entry.decision.rationale,
                date: entry.decision.date,
                final: evaluation.status === 'decided',
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => Number(b.final) - Number(a.final) || b.date.localeCompare(a.date));
  return {
    chosen,
    evaluations: linked
      .map((e) => ({ evaluationId: e.id, title: e.title, status: e.status, vendorCount: e.vendors.length }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}
