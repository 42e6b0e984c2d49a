import type { FrameworkId } from './types';

/** A client's AI management system programme: which frameworks it works towards. One per client. */
export interface ControlProgramme {
  id: string;
  clientId: string;
  frameworks: FrameworkId[];
  /** What the AI management system covers (ISO/IEC 42001 4.3), shown on the Statement of Applicability. */
  scope: string;
  createdAt: string;
  updatedAt: string;
}

export const DEFAULT_PROGRAMME_FRAMEWORKS: FrameworkId[] = ['iso42001', 'euAiAct'];
