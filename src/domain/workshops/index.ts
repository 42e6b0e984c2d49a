/**
 * Workshops: ideation and prioritisation sessions with a client's team. Public API of the area.
 */
export * from './constants';
export * from './session';
export * from './workshop';
export * from './idea';
export * from './analysis';
export * from './keyboard';
export * from './scoreOrder';
export * from './conversion';
export * from './csv';
export * from './summaryPages';
