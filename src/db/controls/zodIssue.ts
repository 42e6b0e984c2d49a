import type { z } from 'zod';
import { ValidationError } from '../core/errors';

/** Parses input with a zod schema; refused input throws a ValidationError naming the field (nothing written). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ValidationError(
    issue?.message ?? 'This input is not valid',
    issue?.path.map(String).join('.') || undefined,
  );
}
