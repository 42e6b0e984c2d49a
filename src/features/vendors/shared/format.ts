import type { Translate } from '../../../domain/shared/language';

export function formatScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/** "For: <use case>" in words, from the linked use case's title or the free-text field. */
export function useCaseText(evaluation: { useCaseName: string; useCaseId?: string }, t: Translate): string {
  if (evaluation.useCaseName.trim()) return t('For: {{useCase}}', { useCase: evaluation.useCaseName.trim() });
  return evaluation.useCaseId ? t('For a linked use case') : t('No use case linked');
}

/** One failed gate in words: "Fails “No DPA offered”: <reason>". */
export function knockOutReason(k: { gateName: string; reason: string }, t: Translate): string {
  return k.reason === k.gateName
    ? t('Fails the knock-out gate “{{gate}}”.', { gate: k.gateName })
    : t('Fails the knock-out gate “{{gate}}”: {{reason}}', { gate: k.gateName, reason: k.reason });
}
