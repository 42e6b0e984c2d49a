import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, newQuestionnaire } from '../../../../src/domain/questionnaires';
import { writeFormFile } from '../../../../src/domain/questionnaires/form/formHtml';
import { loadedWording } from '../../../../src/i18n/i18n';
import { ENGLISH } from '../../../../src/domain/shared/language';

const questionnaire = newQuestionnaire({
  id: 'q1',
  clientId: 'c1',
  template: BUILT_IN_TEMPLATES[0],
  now: '2026-11-01T00:00:00.000Z',
});

async function formIn(lang: 'en' | 'nl') {
  const words = lang === 'nl' ? await loadedWording('nl') : ENGLISH;
  const html = await writeFormFile({
    questionnaire,
    clientName: 'Van Dijk',
    returnTo: words.t('the person who sent you this form'),
    words,
  });
  const data = JSON.parse(html.match(/id="caio-form-data">([^<]*)<\/script>/)![1]) as {
    texts: Record<string, string>;
  };
  return { html, texts: data.texts };
}

describe('the form file speaks the client’s report language', () => {
  it('writes a Dutch client’s instructions, buttons and messages in Dutch, the questions as typed', async () => {
    const { html, texts } = await formIn('nl');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Over u');
    expect(html).toContain('Mijn antwoorden opslaan als bestand');
    expect(html).toContain('stuur dat bestand terug naar degene die u dit formulier stuurde');
    expect(html).toContain(questionnaire.sections[0].questions[0].label);
    expect(html).not.toContain('Save my answers');
    expect(html).not.toContain('About you');
    expect(texts.nameRequired).toBe('Vul uw naam in: dit is verplicht.');
    expect(texts.manyMissing).toBe('Er ontbreken {{number}} antwoorden');
    expect(texts.saved).toContain('degene die u dit formulier stuurde');
    expect(texts.saved).toContain('{{file}}');
  });

  it('writes an English client’s form in English', async () => {
    const { html, texts } = await formIn('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('About you');
    expect(html).toContain('Save my answers as a file');
    expect(html).toContain('send that file back to the person who sent you this form');
    expect(texts.manyMissing).toBe('{{number}} answers are missing');
  });
});
