/**
 * The response file a form produces, and its checks on import (like a backup's: size, JSON, format,
 * header, checksum, then the content), each with its own message. Nothing here writes.
 */
import { z } from 'zod';
import { sha256Hex } from '../backup/checksum';
import { answersProblems, type Answers } from './answers';
import type { Questionnaire } from './questionnaire';
import { RespondentSchema, type Respondent } from './respondent';

export { RespondentSchema, type Respondent } from './respondent';

export const RESPONSE_FORMAT = 'caio-desk-response';
export const RESPONSE_FORMAT_VERSION = 1;
/** A response of 200 long answers fits in well under this. */
export const MAX_RESPONSE_BYTES = 1_000_000;
export const MAX_RESPONSE_FILES = 500;

export const ResponseFileSchema = z.object({
  format: z.literal(RESPONSE_FORMAT),
  formatVersion: z.number().int(),
  questionnaireId: z.string().min(1).max(80),
  questionnaireVersion: z.number().int().min(1),
  clientId: z.string().min(1).max(80),
  respondent: RespondentSchema,
  submittedAt: z.string().min(1).max(40),
  answers: z.record(z.string().max(80), z.unknown()),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().length(64) }),
});
export type ResponseFile = Omit<z.infer<typeof ResponseFileSchema>, 'answers'> & { answers: Answers };

/** What the checksum covers: every field but the checksum, in a fixed order (the form computes the same). */
export function responseChecksumPayload(file: Omit<ResponseFile, 'checksum'>): string {
  return JSON.stringify([
    file.format,
    file.formatVersion,
    file.questionnaireId,
    file.questionnaireVersion,
    file.clientId,
    file.respondent,
    file.submittedAt,
    file.answers,
  ]);
}

/** Identifies a respondent across responses: the e-mail address if given, else the name (case and spacing ignored). */
export function respondentKey(respondent: Pick<Respondent, 'name' | 'email'>): string {
  const email = respondent.email.trim().toLowerCase();
  if (email) return `email:${email}`;
  return `name:${respondent.name.split(' ').filter(Boolean).join(' ').toLowerCase()}`;
}

export type ResponseCheck =
  { ok: true; response: ResponseFile; questionnaire: Questionnaire } | { ok: false; problem: string };

function refuse(problem: string): ResponseCheck {
  return { ok: false, problem };
}

/**
 * Checks one response file's text for a client: its format, its checksum, that it answers one of
 * this client's questionnaires (another client's response is refused) at the same version, and
 * that every answer fits its question.
 */
export async function checkResponseText(
  text: string,
  context: {
    clientId: string;
    clientName: string;
    questionnaires: readonly Questionnaire[];
    otherClientIds: ReadonlySet<string>;
  },
): Promise<ResponseCheck> {
  if (text.length > MAX_RESPONSE_BYTES)
    return refuse(
      `The file is larger than ${MAX_RESPONSE_BYTES / 1_000_000} MB; a response is never this large.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This is not a response file: it is not valid JSON (it may be cut off or damaged).');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== RESPONSE_FORMAT) {
    return refuse('This is not a CAIO Desk response file (no “caio-desk-response” format).');
  }
  const header = json as { formatVersion?: unknown };
  if (typeof header.formatVersion === 'number' && header.formatVersion > RESPONSE_FORMAT_VERSION) {
    return refuse(
      `The response file was written in a newer format (version ${header.formatVersion}); update CAIO Desk to import it.`,
    );
  }
  const parsed = ResponseFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      `The response file is incomplete or damaged: ${issue.path.join('.') || 'file'}: ${issue.message}.`,
    );
  }
  const file = parsed.data as ResponseFile;
  // The checksum covers the file's values exactly as written (before any defaults or trimming).
  const { checksum: _checksum, ...raw } = json as ResponseFile;
  if ((await sha256Hex(responseChecksumPayload(raw))) !== file.checksum.value.toLowerCase()) {
    return refuse(
      'The checksum does not match: the file was changed after the form saved it. Ask the respondent to save it again.',
    );
  }
  if (file.clientId !== context.clientId) {
    return refuse(
      context.otherClientIds.has(file.clientId)
        ? `This response belongs to another client, not ${context.clientName}. Import it with that client open.`
        : `This response is not for ${context.clientName}.`,
    );
  }
  const questionnaire = context.questionnaires.find((q) => q.id === file.questionnaireId);
  if (!questionnaire)
    return refuse(
      `This response answers a questionnaire ${context.clientName} does not have (it may have been deleted).`,
    );
  if (questionnaire.version !== file.questionnaireVersion) {
    return refuse(
      `This response answers version ${file.questionnaireVersion} of “${questionnaire.title}”, but the questionnaire is version ${questionnaire.version}.`,
    );
  }
  const problems = answersProblems(questionnaire, file.answers);
  if (problems.length > 0) return refuse(problems[0]);
  return { ok: true, response: file, questionnaire };
}
