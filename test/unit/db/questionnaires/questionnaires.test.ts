import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { applyResponses, type ReadyResponse } from '../../../../src/db/questionnaires/apply';
import { checkResponseFiles, type FileToCheck } from '../../../../src/db/questionnaires/import';
import {
  copyTemplate,
  createQuestionnaire,
  updateTemplate,
} from '../../../../src/db/questionnaires/questionnaires';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import type { ResponseFile } from '../../../../src/domain/questionnaires';
import { ANNA, BRAM, responseFile } from '../../domain/questionnaires/responseKit';
import { freshDb } from '../testDb';

const TODAY = '2026-11-26';
const asFile = (name: string, file: ResponseFile | string): FileToCheck => {
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  return { name, size: text.length, text: async () => text };
};

async function setup() {
  const db = await freshDb();
  const client = await createClient(db, { name: 'Brightside Staffing' });
  const survey = await createQuestionnaire(db, client.id, {
    templateId: 'builtin-shadow-ai',
    expectedResponses: 10,
  });
  return { db, client, survey };
}

async function importAll(db: CaioDatabase, clientId: string, files: FileToCheck[]) {
  const preview = await checkResponseFiles(db, clientId, files);
  const ready = preview.files.flatMap((f) => (f.status === 'ready' ? [f as ReadyResponse] : []));
  await applyResponses(db, clientId, ready, TODAY);
  return preview;
}

describe('importing questionnaire responses', () => {
  it('two staff responses become inventory entries and a use-case idea, with the respondent in the history', async () => {
    const { db, client, survey } = await setup();
    const anna = await responseFile(survey, { name: 'Anna de Vries', department: 'Recruitment' }, ANNA);
    const bram = await responseFile(survey, { name: 'Bram Smit', department: 'Sales' }, BRAM);
    const preview = await importAll(db, client.id, [asFile('anna.json', anna), asFile('bram.json', bram)]);
    expect(preview.files.map((f) => (f.status === 'refused' ? f.problem : f.status))).toEqual([
      'ready',
      'ready',
    ]);
    expect(preview.newSystems).toEqual(['ChatGPT', 'DeepL', 'Perplexity']);

    const systems = await db.aiSystems.where('clientId').equals(client.id).sortBy('name');
    expect(systems.map((s) => [s.name, s.users, s.status])).toEqual([
      ['ChatGPT', ['Anna de Vries', 'Bram Smit'], 'inPilot'],
      ['DeepL', ['Anna de Vries'], 'inPilot'],
      ['Perplexity', ['Anna de Vries'], 'inPilot'],
    ]);
    expect(systems[0].notes).toContain('Reported by staff (Anna de Vries, Recruitment)');
    expect(systems[0].personalData).toBe('yes');
    const history = await db.changes
      .where('[entity+entityId]')
      .equals(['aiSystems', systems[0].id])
      .toArray();
    expect(history.map((c) => [c.field, c.by])).toEqual(
      expect.arrayContaining([
        ['source', 'Respondent Anna de Vries (questionnaire “AI-use intake and shadow-AI survey”)'],
        ['users', 'Respondent Bram Smit (questionnaire “AI-use intake and shadow-AI survey”)'],
      ]),
    );
    const [idea] = await db.useCases.where('clientId').equals(client.id).toArray();
    expect(idea).toMatchObject({ title: 'Matching CVs to vacancies', stage: 'idea', process: 'Recruitment' });
    expect(idea.problemStatement).toContain('Reported by staff');
    const stored = await db.questionnaireResponses.where('questionnaireId').equals(survey.id).toArray();
    expect(stored).toHaveLength(2);
    expect(
      stored.find((r) => r.respondent.name === 'Anna de Vries')!.applied.map((a) => `${a.action} ${a.label}`),
    ).toEqual([
      'created ChatGPT',
      'created DeepL',
      'created Perplexity',
      'created Matching CVs to vacancies',
    ]);
  });

  it('the same respondent twice is a duplicate, in one batch and across imports', async () => {
    const { db, client, survey } = await setup();
    const first = await responseFile(
      survey,
      { name: 'Anna de Vries', email: 'anna@brightside.example' },
      ANNA,
    );
    const again = await responseFile(
      survey,
      { name: 'A. de Vries', email: 'ANNA@brightside.example ' },
      BRAM,
      '2026-11-21T09:00:00.000Z',
    );
    const batch = await importAll(db, client.id, [asFile('1.json', first), asFile('2.json', again)]);
    expect(batch.files.map((f) => f.status)).toEqual(['ready', 'duplicate']);
    const later = await importAll(db, client.id, [asFile('1.json', first)]);
    expect(later.files[0]).toMatchObject({ status: 'duplicate' });
    expect(await db.questionnaireResponses.count()).toBe(1);
  });

  it('a literacy self-check creates or updates the training record that coverage is computed from', async () => {
    const { db, client } = await setup();
    const check = await createQuestionnaire(db, client.id, { templateId: 'builtin-literacy' });
    const answers = {
      role: 'user',
      systems: 'ChatGPT',
      knowsRisks: 4,
      knowsRules: 3,
      trained: { answer: 'yes' as const, explain: '' },
      course: 'AI basics (2 h)',
      courseDate: '2026-10-01',
      checksOutput: 4,
      confident: 4,
    };
    await importAll(db, client.id, [
      asFile('s.json', await responseFile(check, { name: 'Sanne Bakker' }, answers)),
    ]);
    const [record] = await db.trainingRecords.where('clientId').equals(client.id).toArray();
    expect(record).toMatchObject({
      person: 'Sanne Bakker',
      role: 'I use AI tools in my work',
      training: 'AI basics (2 h)',
      trainingDate: '2026-10-01',
      headcount: 1,
    });
    expect(record.notes).toContain('identify 4/5, set goals 3/5, act 4/5, evaluate 4/5');
  });

  it('a FRIA created after a DPIA response is prefilled with the DPIA answers', async () => {
    const { db, client } = await setup();
    const dpia = await createQuestionnaire(db, client.id, { templateId: 'builtin-dpia' });
    const answers = {
      system: 'CV screening',
      'a.description': 'Scores CVs',
      'a.subjects': 'Candidates',
      'a.period': 'Continuously',
      'a.legitimateInterest': { answer: 'no' as const, explain: '' },
      'b.necessity': 'Needed',
      'c.risks': 'Bias',
      'd.measures': 'Bias audit',
      'd.humanReview': 'A recruiter decides',
    };
    await importAll(db, client.id, [
      asFile('d.json', await responseFile(dpia, { name: 'Privacy officer' }, answers)),
    ]);
    const fria = await createQuestionnaire(db, client.id, { templateId: 'builtin-fria' });
    expect(fria.prefill).toEqual({
      system: 'CV screening',
      'a.process': 'Scores CVs',
      'b.period': 'Continuously',
      'c.affected': 'Candidates',
      'd.risks': 'Bias',
      'e.oversight': 'A recruiter decides',
      'f.measures': 'Bias audit',
    });
  });

  it('editing a copied template that a client already uses makes a new version', async () => {
    const { db, client } = await setup();
    const copy = await copyTemplate(db, 'builtin-shadow-ai');
    await updateTemplate(db, copy.id, { title: 'Our AI survey' });
    expect((await db.questionnaireTemplates.get(copy.id))!.version).toBe(1);
    await createQuestionnaire(db, client.id, { templateId: copy.id });
    await updateTemplate(db, copy.id, { intro: 'Changed' });
    expect((await db.questionnaireTemplates.get(copy.id))!.version).toBe(2);
    await expect(updateTemplate(db, 'builtin-shadow-ai', { title: 'x' })).rejects.toThrow('copy one');
    // A field edit is a path patch through the one write path: checked by the template rules, logged.
    await expect(updateTemplate(db, copy.id, { 'sections.0.questions.1.label': ' ' })).rejects.toThrow(
      'Question 2 of “The AI tools you use” has no text: type the question.',
    );
    await updateTemplate(db, copy.id, { 'sections.0.questions.1.label': 'Which AI tools?' });
    const stored = (await db.questionnaireTemplates.get(copy.id))!;
    expect(stored.sections[0].questions[1].label).toBe('Which AI tools?');
    expect(stored.version).toBe(2);
    const history = await db.changes
      .where('[entity+entityId]')
      .equals(['questionnaireTemplates', copy.id])
      .toArray();
    expect(history.map((c) => c.field)).toContain('sections.0.questions.1.label');
  });
});
