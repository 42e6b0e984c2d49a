/**
 * The questionnaire as one self-contained HTML file: markup rendered here (labels, fieldsets, help and
 * error texts tied to their fields), one inline stylesheet and one inline script, both allowed by the
 * file's own Content-Security-Policy through their SHA-256 hashes, and nothing else (no network at all).
 */
import type { Answers } from '../answers';
import type { Questionnaire } from '../questionnaire';
import { allQuestions, LIMITS, type Question } from '../template';
import { FORM_CSS } from './formStyle';
import formRuntime from './formRuntime.js?raw';
import { escapeHtml } from '../../shared/escapeHtml';
import { ENGLISH, type Wording } from '../../shared/language';

export const FORM_SCRIPT: string = formRuntime;
export { FORM_CSS };

export { escapeHtml };

/** JSON that is safe inside a `<script type="application/json">` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .split('<')
    .join('\\u003c')
    .split('\u2028')
    .join('\\u2028')
    .split('\u2029')
    .join('\\u2029');
}

function describedBy(q: Question): string {
  return [q.help ? `help-${q.id}` : '', `error-${q.id}`].filter(Boolean).join(' ');
}

function help(q: Question, prefilledFrom: string | null, { t }: Wording): string {
  const note = prefilledFrom
    ? `<p class="prefill">${escapeHtml(t('Filled in from the {{source}}: check it and change it if needed.', { source: prefilledFrom }))}</p>`
    : '';
  return (q.help ? `<p class="help" id="help-${q.id}">${escapeHtml(q.help)}</p>` : '') + note;
}

const required = (q: Question, { t }: Wording) =>
  q.required ? ` <span class="required">${t('(required)')}</span>` : '';
const error = (q: Question) => `<p class="error" id="error-${q.id}" hidden></p>`;

function choices(
  q: Question,
  inputType: 'radio' | 'checkbox',
  options: { value: string; label: string }[],
): string {
  const items = options
    .map(
      (o, i) =>
        `<label class="option" for="q-${q.id}-${i}"><input type="${inputType}" id="q-${q.id}-${i}" name="${q.id}" value="${escapeHtml(o.value)}"> <span>${escapeHtml(o.label)}</span></label>`,
    )
    .join('');
  return items;
}

function group(
  q: Question,
  body: string,
  prefilledFrom: string | null,
  words: Wording,
  extraClass = '',
): string {
  const req = q.required && q.type !== 'multiple' ? ' aria-required="true"' : '';
  return (
    `<fieldset class="question${extraClass}" id="field-${q.id}" aria-describedby="${describedBy(q)}"${req}>` +
    `<legend>${escapeHtml(q.label)}${required(q, words)}</legend>${help(q, prefilledFrom, words)}<div class="options">${body}</div>${error(q)}</fieldset>`
  );
}

function questionHtml(q: Question, prefilledFrom: string | null, words: Wording): string {
  const { t } = words;
  switch (q.type) {
    case 'single':
      return group(q, choices(q, 'radio', q.options), prefilledFrom, words);
    case 'multiple':
      return group(q, choices(q, 'checkbox', q.options), prefilledFrom, words);
    case 'scale': {
      const min = q.scale?.min ?? 1;
      const max = q.scale?.max ?? 5;
      const points = [];
      for (let p = min; p <= max; p++) {
        const end = p === min ? q.scale?.minLabel : p === max ? q.scale?.maxLabel : '';
        points.push({ value: String(p), label: end ? `${p} – ${end}` : String(p) });
      }
      return group(q, choices(q, 'radio', points), prefilledFrom, words, ' question--scale');
    }
    case 'yesNo':
      return group(
        q,
        choices(q, 'radio', [
          { value: 'yes', label: t('Yes') },
          { value: 'no', label: t('No') },
        ]) +
          `<label class="explain" for="q-${q.id}-explain">${t('Explain (optional)')}</label><textarea id="q-${q.id}-explain" rows="3" maxlength="${LIMITS.longText}"></textarea>`,
        prefilledFrom,
        words,
      );
    default: {
      const attrs = `id="q-${q.id}" name="${q.id}" aria-describedby="${describedBy(q)}"${q.required ? ' required aria-required="true"' : ''}`;
      const control =
        q.type === 'longText'
          ? `<textarea ${attrs} rows="5" maxlength="${LIMITS.longText}"></textarea>`
          : q.type === 'number'
            ? `<input type="number" step="any" inputmode="decimal" ${attrs}>`
            : q.type === 'date'
              ? `<input type="date" ${attrs}>`
              : `<input type="text" maxlength="${LIMITS.shortText}" ${attrs}>`;
      return `<div class="question" id="field-${q.id}"><label for="q-${q.id}">${escapeHtml(q.label)}${required(q, words)}</label>${help(q, prefilledFrom, words)}${control}${error(q)}</div>`;
    }
  }
}

export interface FormFileInput {
  questionnaire: Questionnaire;
  clientName: string;
  /** Who the file goes back to, e.g. "Jane Doe (jane@example.com)". */
  returnTo: string;
  /** The name of the instrument prefilled answers came from (e.g. "DPIA"), if any. */
  prefillSource?: string;
  /** The client's report language (`clientWording`): the form's own texts; the questions stay as typed. */
  words?: Wording;
}

/** The data block the script reads: the questions' ids, types and conditions, and prefilled answers. */
function formData(input: FormFileInput, { t }: Wording) {
  const q = input.questionnaire;
  return {
    // The script's own messages; it fills in {{label}}, {{number}} and {{file}}.
    texts: {
      nameRequired: t('Enter your name: it is required.'),
      numberFor: t('Enter a number for “{{label}}”.', { label: '{{label}}' }),
      answerRequired: t('Answer “{{label}}”: it is required.', { label: '{{label}}' }),
      oneMissing: t('One answer is missing'),
      manyMissing: t('{{number}} answers are missing', { number: '{{number}}' }),
      saved: t(
        'Your answers are saved in the file “{{file}}” (in your downloads). Send that file back to {{returnTo}}.',
        {
          file: '{{file}}',
          returnTo: input.returnTo,
        },
      ),
      confirmClear: t('Clear every answer in this form, and the draft kept in this browser?'),
      cleared: t('All answers cleared.'),
      restored: t(
        'Your earlier answers in this browser were restored. They are kept here until you save the file.',
      ),
    },
    questionnaireId: q.id,
    version: q.version,
    clientId: q.clientId,
    title: q.title,
    returnTo: input.returnTo,
    prefill: q.prefill as Answers,
    questions: allQuestions(q).map((question) => ({
      id: question.id,
      type: question.type,
      label: question.label,
      required: question.required,
      showIf: question.showIf ?? null,
    })),
  };
}

/** The whole file, given the hashes of its script and stylesheet (see `writeFormFile`). */
export function formHtml(input: FormFileInput, hashes: { script: string; style: string }): string {
  const q = input.questionnaire;
  const words = input.words ?? ENGLISH;
  const { t } = words;
  const csp = `default-src 'none'; script-src 'sha256-${hashes.script}'; style-src 'sha256-${hashes.style}'; img-src data:; form-action 'none'; base-uri 'none'`;
  const prefilled = new Set(Object.keys(q.prefill));
  const sections = q.sections
    .map(
      (s) =>
        `<section class="section" aria-labelledby="section-${s.id}"><h2 id="section-${s.id}">${escapeHtml(s.title)}</h2>${s.intro ? `<p>${escapeHtml(s.intro)}</p>` : ''}` +
        s.questions
          .map(
            (question) =>
              `<div class="question-box" id="question-${question.id}">${questionHtml(question, prefilled.has(question.id) ? (input.prefillSource ?? t('earlier answers')) : null, words)}</div>`,
          )
          .join('') +
        `</section>`,
    )
    .join('');
  const person = (field: string, label: string, type = 'text', extra = '') =>
    `<div class="question" id="field-respondent-${field}"><label for="respondent-${field}">${label}</label><input type="${type}" id="respondent-${field}" maxlength="${field === 'name' ? LIMITS.respondentName : 200}" ${extra}>${field === 'name' ? '<p class="error" id="error-respondent-name" hidden></p>' : ''}</div>`;
  return `<!doctype html>
<html lang="${words.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(q.title)} – ${escapeHtml(input.clientName)}</title>
<style>${FORM_CSS}</style>
</head>
<body>
<main>
<header class="masthead"><p class="client">${escapeHtml(input.clientName)}</p><h1>${escapeHtml(q.title)}</h1>${q.intro ? `<p class="intro">${escapeHtml(q.intro)}</p>` : ''}
<p class="note">${escapeHtml(t('This form works without internet and sends nothing by itself. Your answers are kept as a draft in this browser while you fill it in. When you are done, save your answers as a file and send that file back to {{returnTo}}.', { returnTo: input.returnTo }))}</p></header>
<div id="error-summary" class="error-summary" role="alert" tabindex="-1" hidden></div>
<form id="caio-form" novalidate>
<section class="section" aria-labelledby="section-respondent"><h2 id="section-respondent">${t('About you')}</h2>
${person('name', `${t('Your name')} <span class="required">${t('(required)')}</span>`, 'text', 'required aria-required="true" aria-describedby="error-respondent-name" autocomplete="name"')}
${person('email', t('Your e-mail address'), 'email', 'autocomplete="email"')}
${person('role', t('Your role or job title'), 'text', 'autocomplete="organization-title"')}
${person('department', t('Your department or team'))}
</section>
${sections}
<div class="actions"><button type="submit" class="primary">${t('Save my answers as a file')}</button><button type="button" id="clear-answers">${t('Clear all answers')}</button></div>
<p id="form-status" class="status" role="status" aria-live="polite"></p>
</form>
<footer><p>${escapeHtml(t('Questionnaire {{id}}, version {{version}}. Made with CAIO Desk.', { id: q.id, version: q.version }))}</p></footer>
</main>
<script type="application/json" id="caio-form-data">${scriptJson(formData(input, words))}</script>
<script>${FORM_SCRIPT}</script>
</body>
</html>
`;
}

/** SHA-256 of a text as base64, the form a CSP hash source takes. */
export async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Writes the form file: hashes its script and stylesheet exactly as embedded, then renders it. */
export async function writeFormFile(input: FormFileInput): Promise<string> {
  const [script, style] = await Promise.all([sha256Base64(FORM_SCRIPT), sha256Base64(FORM_CSS)]);
  return formHtml(input, { script, style });
}
