/** Governance domain: EU AI Act rule pack and classification, DPIA screening, incident clocks. */
export * from './aiActTypes';
export * from './euAiActQuestions';
export * from './euAiActObligations';
export * from './euAiActRulePack';
export * from './aiActAnswers';
export * from './aiActHighRisk';
export * from './classifyAiAct';
export * from './aiActOverride';
export * from './aiActPenalties';
export * from './dpiaScreening';
export * from './incidentClocks';
