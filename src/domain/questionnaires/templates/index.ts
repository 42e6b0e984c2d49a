import type { QuestionnaireTemplate, TemplateContent } from '../template';
import { DPIA_ASSESSMENT, FRIA_ASSESSMENT } from './dpiaFria';
import { LITERACY_SELF_CHECK } from './literacy';
import { SHADOW_AI_SURVEY } from './shadowAi';
import { VENDOR_DUE_DILIGENCE } from './vendorDueDiligence';

export { dueDiligenceSections } from './vendorDueDiligence';

/** The templates that ship with the app (read-only; copy one to change it). Bump `version` when their questions change. */
const SHIPPED: { id: string; version: number; content: TemplateContent }[] = [
  { id: 'builtin-shadow-ai', version: 1, content: SHADOW_AI_SURVEY },
  { id: 'builtin-literacy', version: 1, content: LITERACY_SELF_CHECK },
  { id: 'builtin-vendor-dd', version: 1, content: VENDOR_DUE_DILIGENCE },
  { id: 'builtin-dpia', version: 1, content: DPIA_ASSESSMENT },
  { id: 'builtin-fria', version: 1, content: FRIA_ASSESSMENT },
];

const SHIPPED_AT = '2026-11-01T00:00:00.000Z';

export const BUILT_IN_TEMPLATES: readonly QuestionnaireTemplate[] = SHIPPED.map(
  ({ id, version, content }) => ({
    id,
    version,
    builtIn: true,
    createdAt: SHIPPED_AT,
    updatedAt: SHIPPED_AT,
    ...structuredClone(content),
  }),
);
