export * from './template';
export * from './answers';
export * from './questionnaire';
export * from './response';
export * from './mapping';
export * from './reuse';
export * from './results';
export { BUILT_IN_TEMPLATES, dueDiligenceSections } from './templates';
export * from './storedResponse';
