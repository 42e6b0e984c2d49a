import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, newQuestionnaire } from '../../../../src/domain/questionnaires';
import { FORM_CSS, FORM_SCRIPT, writeFormFile } from '../../../../src/domain/questionnaires/form/formHtml';

const b64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('the form file', () => {
  const template = { ...BUILT_IN_TEMPLATES[0], title: 'Survey </script><script>alert(1)</script>' };
  const questionnaire = newQuestionnaire({
    id: 'q1',
    clientId: 'c1',
    template,
    now: '2026-11-01T00:00:00.000Z',
  });

  it('allows exactly its own inline script and stylesheet by hash, and nothing from outside', async () => {
    const html = await writeFormFile({
      questionnaire,
      clientName: 'Brightside <b>Staffing</b>',
      returnTo: 'the consultant',
    });
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${b64(FORM_SCRIPT)}'; style-src 'sha256-${b64(FORM_CSS)}'; img-src data:; form-action 'none'; base-uri 'none'`,
    );
    expect(html).toContain(`<script>${FORM_SCRIPT}</script>`);
    expect(html).toContain(`<style>${FORM_CSS}</style>`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html.match(/<script/g)).toHaveLength(2); // the data block and the one script
  });

  it('renders template and client text inert', async () => {
    const html = await writeFormFile({
      questionnaire,
      clientName: 'Brightside <b>Staffing</b>',
      returnTo: 'x',
    });
    expect(html).toContain('Survey &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Brightside &lt;b&gt;Staffing&lt;/b&gt;');
    expect(html).toContain('"title":"Survey \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
  });

  it('labels every control: choices in a fieldset with a legend, inputs with a label', async () => {
    const html = await writeFormFile({ questionnaire, clientName: 'B', returnTo: 'x' });
    expect(html).toContain(
      '<fieldset class="question" id="field-tools" aria-describedby="help-tools error-tools"><legend>Which AI tools do you use for work? <span class="required">(required)</span></legend>',
    );
    expect(html).toContain(
      '<label class="option" for="q-tools-0"><input type="checkbox" id="q-tools-0" name="tools" value="ChatGPT"> <span>ChatGPT</span></label>',
    );
    expect(html).toContain('<label for="q-otherTools">Other AI tools you use</label>');
  });
});
