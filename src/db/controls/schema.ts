/**
 * The tables of the controls programme (part of `STORES_V1`). The library is consultant-wide (no
 * clientId); every other table is client-owned. Dates that feed the calendar and the home screen's
 * due list are indexed (`nextReviewDate`, `validUntil`).
 */
export const CONTROLS_STORES = {
  /** Titles are not indexed (an index would keep them plain in a vault): the list sorts in memory. */
  libraryControls: 'id',
  controlProgrammes: 'id, clientId',
  controls: 'id, clientId, libraryControlId, nextReviewDate, *requirementIds',
  requirementDecisions: 'id, clientId, [clientId+requirementId]',
  evidence: 'id, clientId, controlId, validUntil',
  reviews: 'id, clientId, [subjectTable+subjectId], date',
  policyVersions: 'id, clientId, policyId',
} as const;
