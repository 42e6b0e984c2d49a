/** The governance registers: definitions as data, validation, formatting. */
export * from './constants';
export * from './fieldTypes';
export * from './aiSystems';
export * from './privacyRecords';
export * from './raciEntries';
export * from './decisionRights';
export * from './escalationPaths';
export * from './incidents';
export * from './risks';
export * from './policies';
export * from './trainingRecords';
export * from './governanceDecisions';
export * from './governanceActions';
export * from './registry';
export * from './validation';
export * from './format';
export * from './recordTypes';
