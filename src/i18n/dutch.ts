/**
 * The Dutch texts: one file per area of the app (`nl/<area>.json`, so areas are translated side by side),
 * merged into one table. Loaded only when Dutch is first needed, as its own chunk.
 */
const files = import.meta.glob<Record<string, string>>('./nl/*.json', { eager: true, import: 'default' });

export const DUTCH: Record<string, string> = Object.assign({}, ...Object.values(files));
