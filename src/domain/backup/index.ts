/** Backups, restore, client handover and import: pure rules (format, checks, preview, naming). */
export * from './format';
export * from './encoding';
export * from './checksum';
export * from './seal';
export * from './problems';
export * from './parse';
export * from './tables';
export * from './images';
export * from './validate';
export * from './preview';
export * from './remap';
export * from './bundle';
export * from './autoBackups';
export * from './presentation';
export * from './csvExport';
export * from './scan';
