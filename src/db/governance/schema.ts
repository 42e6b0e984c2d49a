/**
 * The tables of the governance registers (part of `STORES_V1`). Every table has a `clientId`
 * index; each date that feeds the calendar is indexed (the home screen's cross-client "due" list
 * queries them), and every `links` field has a multi-entry index (backlinks: "which incidents
 * concern this AI system"). `obligationDates` holds the dates of an AI system's EU AI Act
 * obligations not yet marked as met, maintained by the classification writes.
 */
export const GOVERNANCE_STORES = {
  aiSystems: 'id, clientId, [clientId+status], nextReviewDate, *obligationDates, *useCaseIds',
  privacyRecords: 'id, clientId, reviewDate, *aiSystemIds',
  raciEntries: 'id, clientId, *aiSystemIds',
  decisionRights: 'id, clientId, *aiSystemIds, *useCaseIds',
  escalationPaths: 'id, clientId, *aiSystemIds',
  incidents: 'id, clientId, status, [clientId+status], *aiSystemIds, *useCaseIds, *riskIds',
  risks: 'id, clientId, dueDate, reviewDate, *aiSystemIds, *useCaseIds',
  policies: 'id, clientId, reviewDate, *aiSystemIds',
  trainingRecords: 'id, clientId, refreshDue, *aiSystemIds',
  governanceDecisions: 'id, clientId, date, *relatedIds, *useCaseIds',
  governanceActions: 'id, clientId, dueDate, status, *relatedIds',
} as const;
