import { expect, test, type Browser, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS, openWithDemo, snap } from './helpers';
import { pdfText, printRouteToPdf, renderPages } from './pdf';

const OUT = `${ARTIFACTS}/questionnaires`;

async function download(page: Page, click: () => Promise<void>, saveAs: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = resolve(OUT, saveAs);
  copyFileSync(await file.path(), path);
  return path;
}

interface Respondent {
  name: string;
  department: string;
  tools: string[];
  other?: string;
  purposes: string[];
  data: string[];
  confidence: string;
  idea?: string;
  concerns?: string;
}

/** The draft survives closing and reopening the file; saving with required answers missing lists them. */
async function checkDraftAndMissingAnswers(page: Page, who: Respondent): Promise<void> {
  await page.reload();
  await expect(page.getByLabel('Your name (required)')).toHaveValue(who.name);
  await expect(
    page
      .getByRole('group', { name: /Which AI tools do you use for work/ })
      .getByLabel(who.tools[0], { exact: true }),
  ).toBeChecked();
  await expect(page.getByRole('status')).toContainText('earlier answers in this browser were restored');

  // Saving with required answers missing lists them and saves nothing.
  await page.getByRole('button', { name: 'Save my answers as a file' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('answers are missing');
  await expect(summary.getByRole('link', { name: /What do you use them for/ })).toBeVisible();

  // Each missing answer says so next to its question, and stays until that question is answered.
  const purposes = page.getByRole('group', { name: /What do you use them for/ });
  const data = page.getByRole('group', { name: /Which information do you put into them/ });
  const purposesError = purposes.getByText('Answer “What do you use them for?”: it is required.');
  const dataError = data.getByText('Answer “Which information do you put into them?”: it is required.');
  await expect(purposesError).toBeVisible();
  await expect(dataError).toBeVisible();
  await expect(purposes).toHaveAccessibleDescription(/Answer “What do you use them for\?”: it is required\./);
  await data.getByLabel(who.data[0]).check();
  await expect(dataError).toBeHidden();
  await page.getByLabel('Your department or team').fill(`${who.department} `);
  await page.getByLabel('Your department or team').fill(who.department);
  await expect(purposesError).toBeVisible();
  await expect(summary.getByRole('link', { name: /What do you use them for/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Which information/ })).toHaveCount(0);
  await purposes.getByLabel(who.purposes[0]).check();
  await expect(purposesError).toBeHidden();
  await purposes.getByLabel(who.purposes[0]).uncheck();
  await data.getByLabel(who.data[0]).uncheck();
}

/**
 * Opens the form file as a file:// page in a context of its own (a respondent's browser), records every
 * request it makes and every CSP complaint, fills it in and saves the response file.
 */
async function respond(
  browser: Browser,
  formPath: string,
  who: Respondent,
  screenshot?: string,
): Promise<string> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await context.route(
    /^(?!file:)/,
    (route) => (problems.push(`network: ${route.request().url()}`), route.abort()),
  );
  const url = pathToFileURL(formPath).href;
  await page.goto(url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'AI-use intake and shadow-AI survey' }),
  ).toBeVisible();

  // Conditional questions appear only after "yes".
  await expect(page.getByRole('group', { name: /Which AI tools do you use for work/ })).toBeHidden();
  await page.getByLabel('Your name (required)').fill(who.name);
  await page.getByLabel('Your department or team').fill(who.department);
  await page
    .getByRole('group', { name: /Do you use AI tools for your work/ })
    .getByLabel('Yes')
    .check();
  const tools = page.getByRole('group', { name: /Which AI tools do you use for work/ });
  await expect(tools).toBeVisible();
  for (const tool of who.tools) await tools.getByLabel(tool, { exact: true }).check();
  if (who.other) await page.getByLabel('Other AI tools you use').fill(who.other);

  if (screenshot) await checkDraftAndMissingAnswers(page, who);

  const purposes = page.getByRole('group', { name: /What do you use them for/ });
  for (const purpose of who.purposes) await purposes.getByLabel(purpose).check();
  const data = page.getByRole('group', { name: /Which information do you put into them/ });
  for (const item of who.data) await data.getByLabel(item).check();
  await page
    .getByRole('group', { name: /How often do you use AI tools/ })
    .getByLabel('Weekly')
    .check();
  // Keyboard: the scale is a radio group; arrow keys move the choice.
  const scale = page.getByRole('group', { name: /How sure are you about what you may and may not do/ });
  await scale.getByRole('radio', { name: /^1 – / }).focus();
  await page.keyboard.press('Space');
  for (let i = 1; i < Number(who.confidence); i++) await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: new RegExp(`^${who.confidence}( |$)`) })).toBeChecked();
  if (who.idea) await page.getByLabel('Which task would you most like AI to help with?').fill(who.idea);
  if (who.concerns)
    await page.getByLabel('Is there anything about AI at work that worries you?').fill(who.concerns);
  if (screenshot) {
    await page.setViewportSize({ width: 900, height: 1300 });
    await page.screenshot({ path: `${ARTIFACTS}/screens/${screenshot}.png`, fullPage: false });
  }
  const saved = await download(
    page,
    () => page.getByRole('button', { name: 'Save my answers as a file' }).click(),
    `response-${who.name.split(' ')[0].toLowerCase()}.json`,
  );
  await expect(page.getByRole('status')).toContainText('Your answers are saved in the file');

  expect(problems, 'no CSP violations, script errors or network requests').toEqual([]);
  expect(
    requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:')),
    'the form makes no network request',
  ).toEqual([]);
  await context.close();
  return saved;
}

test('a shadow-AI survey goes out as one offline file, comes back from two staff and fills the inventory', async ({
  page,
  browser,
}) => {
  // Two respondents' browsers next to the app: longer than the default on a busy machine.
  test.setTimeout(300_000);
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();
  await page.getByRole('button', { name: 'New questionnaire' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New questionnaire' });
  await expect(dialog.getByLabel('Template')).toHaveValue('builtin-shadow-ai');
  await dialog.getByLabel('Sent to (number of people)').fill('8');
  await dialog.getByRole('button', { name: 'Create questionnaire' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'AI-use intake and shadow-AI survey' }),
  ).toBeVisible();

  const formPath = await download(
    page,
    () => page.getByRole('button', { name: 'Download the form' }).click(),
    'shadow-ai-form.html',
  );
  const html = readFileSync(formPath, 'utf8');
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-`,
  );
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\//);

  const anna = await respond(
    browser,
    formPath,
    {
      name: 'Anna de Vries',
      department: 'Recruitment',
      tools: ['ChatGPT', 'DeepL'],
      other: 'Perplexity',
      purposes: ['Drafting e-mails, letters or texts', 'Translating'],
      data: ['Personal data of customers or candidates'],
      confidence: '2',
      idea: 'Matching CVs to vacancies',
      concerns: 'I am not sure whether I may paste candidate CVs into ChatGPT.',
    },
    'questionnaire-form',
  );
  const bram = await respond(browser, formPath, {
    name: 'Bram Zoë Smit',
    department: 'Sales',
    tools: ['ChatGPT'],
    purposes: ['Summarising documents or meetings'],
    data: ['Only public information'],
    confidence: '4',
    concerns: 'Nobody told Bram which tools are allowed here.',
  });

  // Import both (and Anna's again: a duplicate).
  await page.getByLabel(/Import responses/).setInputFiles([anna, bram]);
  const preview = page.getByRole('dialog', { name: 'Import responses' });
  await expect(
    preview.getByRole('row', { name: /response-anna\.json.*Ready.*Anna de Vries \(Recruitment\)/ }),
  ).toBeVisible();
  await expect(preview.getByRole('row', { name: /response-bram\.json.*Ready.*Bram Zoë Smit/ })).toBeVisible();
  const changes = preview.getByLabel('What will change');
  await expect(changes).toContainText('New in the AI-system inventory (reported by staff)DeepLPerplexity');
  await expect(changes).toContainText('Already in the inventory (users and data added)ChatGPT');
  await expect(changes).toContainText('Matching CVs to vacancies');
  await preview.getByRole('button', { name: 'Apply 2 responses' }).click();
  await expect(preview).toBeHidden();

  // Results: response rate and the chart of tools.
  await expect(page.getByLabel('Response rate')).toContainText('2responses25%response rate');
  const toolsChart = page.getByRole('figure', {
    name: /Which AI tools do you use for work\?: ChatGPT: 2, Microsoft Copilot: 0, Google Gemini: 0, Claude: 0, DeepL: 1/,
  });
  await expect(toolsChart).toBeVisible();
  await expect(toolsChart.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await expect(
    page.getByRole('figure', { name: /How sure are you.*: 1 \(Not sure at all\): 0, 2: 1, 3: 0, 4: 1/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Responses' })).toContainText('AI system created: Perplexity');
  await page.getByRole('region', { name: 'Results' }).scrollIntoViewIfNeeded();
  await snap(page, 'questionnaire-results');

  // The same file again is a duplicate and changes nothing.
  await page.getByLabel(/Import responses/).setInputFiles([anna]);
  await expect(preview.getByRole('row', { name: /Duplicate.*Anna de Vries already answered/ })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Cancel' }).click();

  // The inventory has the reported systems, marked as reported by staff.
  await page
    .getByRole('table', { name: 'Responses' })
    .getByRole('link', { name: 'AI system created: Perplexity' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Perplexity' })).toBeVisible();
  await expect(page.getByLabel('Notes')).toHaveValue(/Reported by staff \(Anna de Vries, Recruitment\)/);
  await snap(page, 'questionnaire-inventory-entry');
  await page.goto(page.url().replace(/ai-systems\/.*/, 'ai-systems'));
  const list = page.getByRole('table').first();
  await expect(list).toContainText('DeepL');
  await expect(list).toContainText('Perplexity');
  await page.goto(page.url().replace(/governance\/.*/, 'portfolio?view=table'));
  await expect(page.getByRole('link', { name: 'Matching CVs to vacancies' })).toBeVisible();

  // The board report's "What the staff told us": rate, top answers, a quote, never a name.
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByRole('button', { name: 'Create report' }).click();
  const voice = page.getByRole('region', { name: /Slide \d+: What the staff told us/ });
  await expect(voice).toContainText('25%');
  await expect(voice).toContainText('Which AI tools do you use for work?');
  await expect(voice).toContainText('“I am not sure whether I may paste candidate CVs into ChatGPT.”');
  await expect(voice).not.toContainText('Anna');
  await expect(voice).not.toContainText('Bram');
  await voice.scrollIntoViewIfNeeded();
  await snap(page, 'report-staff-voice');
  const reportId = page.url().split('/').pop()!;
  const printPage = await page.context().newPage();
  const pdf = `${ARTIFACTS}/report/staff-voice.pdf`;
  mkdirSync(`${ARTIFACTS}/report`, { recursive: true });
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const text = pdfText(pdf);
  expect(text).toContain('What the staff told us');
  expect(text).not.toContain('Bram');
  renderPages(pdf, 'report/staff-voice-pages');
  await printPage.close();
  await page.getByLabel('Overall status').selectOption('amber');
  const pptxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PPTX' }).click();
  const pptx = `${ARTIFACTS}/report/staff-voice.pptx`;
  await (await pptxDownload).saveAs(pptx);
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', `${ARTIFACTS}/report/staff-voice-pptx`, pptx],
    { stdio: 'ignore', timeout: 120_000 },
  );
  expect(pdfText(`${ARTIFACTS}/report/staff-voice-pptx/staff-voice.pdf`)).toContain('What the staff told us');
  renderPages(`${ARTIFACTS}/report/staff-voice-pptx/staff-voice.pdf`, 'report/staff-voice-pptx-pages');
});

test('a copied template gets a choice question with options, a condition and a mapping, and the form has them', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Questionnaires' }).click();
  await page.getByRole('link', { name: 'Template library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire templates' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy AI-use intake and shadow-AI survey' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The copy is yours to change' })).toBeVisible();
  const copy = page.getByRole('region', { name: 'AI-use intake and shadow-AI survey (copy)' });
  await copy.getByLabel('Title', { exact: true }).fill('Team AI survey');
  const editor = page.getByRole('region', { name: 'Team AI survey' });
  await expect(editor.getByRole('heading', { level: 2, name: 'Team AI survey' })).toBeVisible();

  // A single-choice question with options, added to the first section.
  const add = editor.getByRole('form', { name: 'Add a question' });
  await add.getByLabel('To section').selectOption({ label: '1. The AI tools you use' });
  await add.getByLabel('Type of the new question').selectOption({ label: 'Single choice' });
  await add.getByLabel('New question', { exact: true }).fill('Which team are you in?');
  await add.getByLabel('Its options (one per line, at least two)').fill('Sales\nRecruitment\nFinance');
  await add.getByRole('button', { name: 'Add question' }).click();
  const question = editor.getByRole('region', { name: /^Question 8: Which team are you in\?/ });
  await expect(question.getByLabel('Option 3')).toHaveValue('Finance');
  await question.getByLabel('New option').fill('Operations');
  await question.getByRole('button', { name: 'Add option' }).click();
  await expect(question.getByLabel('Option 4')).toHaveValue('Operations');
  await question.getByText('Required: the form is saved only with an answer').click();

  // An empty text is refused next to the field, naming the question and what to do.
  await question.getByLabel('Question text').fill('');
  await expect(
    question.getByText('Question 8 of “The AI tools you use” has no text: type the question.'),
  ).toBeVisible();
  await question.getByLabel('Question text').fill('Which team are you in?');
  await expect(question.getByText(/has no text/)).toBeHidden();

  // Shown only after "yes" to the first question; at least one answer stays ticked.
  await question
    .getByLabel('Show this question')
    .selectOption({ label: 'Only after an answer to “Do you use AI tools for your work?”' });
  const when = question.getByRole('group', {
    name: 'Show it when “Do you use AI tools for your work?” is answered',
  });
  await expect(when.getByLabel('Yes')).toBeChecked();
  await when.getByLabel('Yes').click();
  await expect(
    question.getByText(
      '“Which team are you in?” is shown for no answer: tick at least one answer, or show it always.',
    ),
  ).toBeVisible();
  await expect(when.getByLabel('Yes')).toBeChecked();

  // The answer goes to the respondent's department.
  await question.getByLabel('Where the answer goes').selectOption({ label: 'The respondent’s department' });
  await expect(question.getByLabel('Where the answer goes')).toHaveValue('respondent.department');
  await question.scrollIntoViewIfNeeded();
  await snap(page, 'questionnaire-template-editor');
  await page.getByRole('button', { name: 'Edit Team AI survey' }).click();
  const summary = editor.getByText('Which team are you in?');
  await editor.getByText('Questions', { exact: true }).click();
  await expect(summary).toBeVisible();
  await expect(editor.getByRole('listitem').filter({ hasText: 'Which team are you in?' })).toContainText(
    '(Single choice, required, conditional, goes to: The respondent’s department)',
  );

  // A questionnaire from the copy: its form has the new question, shown after "yes".
  await page.goBack();
  await page.getByRole('button', { name: 'New questionnaire' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New questionnaire' });
  await dialog.getByLabel('Template').selectOption({ label: 'Team AI survey (AI-use intake, v1)' });
  await dialog.getByRole('button', { name: 'Create questionnaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team AI survey' })).toBeVisible();
  const formPath = await download(
    page,
    () => page.getByRole('button', { name: 'Download the form' }).click(),
    'team-form.html',
  );

  const context = await browser.newContext();
  const form = await context.newPage();
  await form.goto(pathToFileURL(formPath).href);
  const team = form.getByRole('group', { name: /Which team are you in\? \(required\)/ });
  await expect(team).toBeHidden();
  await form
    .getByRole('group', { name: /Do you use AI tools for your work/ })
    .getByLabel('Yes')
    .check();
  await expect(team).toBeVisible();
  for (const option of ['Sales', 'Recruitment', 'Finance', 'Operations'])
    await expect(team.getByRole('radio', { name: option })).toBeVisible();
  await form.getByRole('button', { name: 'Save my answers as a file' }).click();
  await expect(team.getByText('Answer “Which team are you in?”: it is required.')).toBeVisible();
  await team.getByRole('radio', { name: 'Finance' }).check();
  await expect(team.getByText('Answer “Which team are you in?”: it is required.')).toBeHidden();
  await context.close();

  // Editing the template now that a questionnaire uses it makes version 2; the questionnaire keeps version 1.
  await page.goBack();
  await page.getByRole('link', { name: 'Template library' }).click();
  await expect(editor).toContainText('version 1');
  await page.getByRole('button', { name: 'Edit Team AI survey' }).click();
  await editor.getByLabel('Introduction').fill('Five minutes about the AI tools you use.');
  await expect(editor).toContainText('version 2');
});
