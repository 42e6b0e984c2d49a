export * from './period';
export * from './types';
export * from './portfolioSection';
export * from './buildReportModel';
export * from './deltas';
export * from './suggestions';
export * from './slides';
export * from './report';
