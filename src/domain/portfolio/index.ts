/**
 * Use-case portfolio and pilots: public API of the area.
 */
export * from './constants';
export * from './common';
export * from './charter';
export * from './useCase';
export * from './kpiRecords';
export * from './kpiValidation';
export * from './kpis';
export * from './gateDecisions';
export * from './stageHistory';
export * from './hardFilters';
export * from './scoring';
export {
  STAGE_TRANSITIONS,
  STAGES_NEEDING_BUSINESS_OWNER,
  STAGE_MOVE_CODES,
  canTransition,
  isActivePilotStage,
  countActivePilots,
  checkStageMove,
  moveStage,
  type StageMoveContext,
  type StageMoveCode,
  type StageMoveBlocker,
  type StageMoveCheck,
} from './stages';
export * from './valueRealised';
export * from './overview';
export * from './csv';
export * from './tableQuery';
export * from './impactEffortMap';
export * from './moveDates';
export * from './chartScale';
export * from './changeDescription';
export * from './useCaseSystems';
