import { sha256Hex } from '../../../../src/domain/backup/checksum';
import {
  responseChecksumPayload,
  RESPONSE_FORMAT,
  type Answers,
  type Questionnaire,
  type Respondent,
  type ResponseFile,
} from '../../../../src/domain/questionnaires';

/** A response file as the form writes it, checksummed. */
export async function responseFile(
  questionnaire: Pick<Questionnaire, 'id' | 'version' | 'clientId'>,
  respondent: Partial<Respondent> & { name: string },
  answers: Answers,
  submittedAt = '2026-11-20T10:00:00.000Z',
): Promise<ResponseFile> {
  const body = {
    format: RESPONSE_FORMAT,
    formatVersion: 1,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    clientId: questionnaire.clientId,
    respondent: { email: '', role: '', department: '', ...respondent },
    submittedAt,
    answers,
  } as Omit<ResponseFile, 'checksum'>;
  return {
    ...body,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(responseChecksumPayload(body)) },
  };
}

/** Re-signs a changed file (to test checks behind the checksum). */
export async function resign(file: ResponseFile): Promise<ResponseFile> {
  const { checksum: _unused, ...body } = file;
  return {
    ...body,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(responseChecksumPayload(body)) },
  };
}

export const ANNA: Answers = {
  usesAi: { answer: 'yes', explain: '' },
  tools: ['ChatGPT', 'DeepL'],
  otherTools: 'Perplexity',
  purposes: ['drafting', 'translating'],
  data: ['Internal documents', 'Customer personal data'],
  frequency: 'daily',
  usefulness: 4,
  confidence: 2,
  ideaTitle: 'Matching CVs to vacancies',
  ideaDetail: 'We read 200 CVs a week by hand.',
};

export const BRAM: Answers = {
  usesAi: { answer: 'yes', explain: 'Mostly at home' },
  tools: ['ChatGPT'],
  purposes: ['summarising'],
  data: ['Public information'],
  frequency: 'weekly',
  confidence: 4,
};
