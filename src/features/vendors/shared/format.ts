export function formatScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "For: <use case>" in words, from the linked use case's title or the free-text field. */
export function useCaseText(evaluation: { useCaseName: string; useCaseId?: string }): string {
  if (evaluation.useCaseName.trim()) return `For: ${evaluation.useCaseName.trim()}`;
  return evaluation.useCaseId ? 'For a linked use case' : 'No use case linked';
}

/** One failed gate in words: "Fails “No DPA offered”: <reason>". */
export function knockOutReason(k: { gateName: string; reason: string }): string {
  return k.reason === k.gateName
    ? `Fails the knock-out gate “${k.gateName}”.`
    : `Fails the knock-out gate “${k.gateName}”: ${k.reason}`;
}
