import { z } from 'zod';
import { LIMITS } from './template';

/** Who filled in a form (as the form asks it). */
const text = (max: number) => z.string().max(max);

export const RespondentSchema = z.object({
  name: text(LIMITS.respondentName).trim().min(1, 'The respondent has no name'),
  email: text(200).default(''),
  role: text(200).default(''),
  department: text(200).default(''),
});
export type Respondent = z.infer<typeof RespondentSchema>;
