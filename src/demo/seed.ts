import type { DemoContext } from './dates';

/** A product area's contribution to the demo workspace: records per table name. */
export type DemoSeed = (ctx: DemoContext) => Record<string, { id: string }[]>;
