import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { ARTIFACTS, createUseCase, expectSaved, snap } from './helpers';
import { pdfText, printRouteToPdf, renderPages } from './pdf';

/**
 * The story of issue #14, as a new user tries it: an empty workspace, a new client, six use cases,
 * two pilots, two use cases classified from their own page, then the board report. Every number is
 * read back from the exported PDF's text and the PPTX's XML.
 */
const OUT = `${ARTIFACTS}/truth`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function newUseCase(
  page: Page,
  title: string,
  owner: string,
  scores?: { impact: string; feasibility: string },
) {
  await createUseCase(page, title, owner);
  if (scores) {
    await page.getByLabel('Impact (1-5)').fill(scores.impact);
    await page.getByLabel('Feasibility (1-5)').fill(scores.feasibility);
    await expectSaved(page);
  }
}

async function move(page: Page, title: string, target: string, reason?: string) {
  await page.getByRole('button', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: `Move ${title}` });
  await dialog.getByLabel('Move to').selectOption(target);
  if (reason)
    await dialog.getByLabel('Reason to start the pilot before the EU AI Act classification').fill(reason);
  await dialog.getByRole('button', { name: new RegExp(`^Move to ${target}`, 'i') }).click();
  await expect(dialog).toBeHidden();
}

async function charterAndKpi(page: Page, tool: string) {
  await page.getByLabel('Hypothesis').fill('Drafting takes 15 instead of 45 minutes at equal quality.');
  await page.getByLabel('Scope and users').fill('Six planners');
  await page.getByLabel('Start date').fill(day(-20));
  await page.getByLabel('Planned end date').fill(day(60));
  await page.getByLabel('Data rules (what data may go in)').fill('No personal data.');
  await page.getByLabel('Human-oversight rule').fill('A planner approves every output.');
  await page.getByLabel('Stop conditions').fill('Two wrong outputs sent.');
  await page.getByLabel('Budget planned (EUR)').fill('2000');
  await page.getByLabel('Vendor / tool').fill(tool);
  await page.getByLabel('New entry name').fill(tool);
  await page.getByRole('button', { name: 'Create entry and link' }).click();
  await expect(page.getByRole('button', { name: `Unlink ${tool}` })).toBeVisible();
  await page.getByRole('button', { name: 'Add KPI' }).click();
  const kpi = page.getByRole('dialog', { name: 'New KPI' });
  await kpi.getByLabel('KPI name').fill('Minutes per draft');
  await kpi.getByLabel('Unit', { exact: true }).selectOption('minutes-per-task');
  await kpi.getByLabel('Direction').selectOption('lower-is-better');
  await kpi.getByLabel('Baseline value').fill('45');
  await kpi.getByLabel('Baseline date').fill(day(-25));
  await kpi.getByLabel('Target value').fill('15');
  await kpi.getByRole('button', { name: 'Add KPI' }).click();
  await expect(kpi).toBeHidden();
  await expect(page.getByText('Complete: the charter allows this use case to enter pilot.')).toBeVisible();
}

/**
 * Runs the wizard from the use case's page; `prohibited` answers one Art. 5 question yes, everything
 * else no. The law classifies the AI system the use case runs on: `system` is its entry when one is
 * linked (the button and the heading name it and the use case), else the wizard creates one.
 */
async function classifyFromUseCase(page: Page, title: string, prohibited: boolean, system?: string) {
  const useCaseUrl = page.url();
  const subject = system ?? title;
  await page
    .getByRole('button', {
      name: system ? `Classify ${system} with the EU AI Act wizard` : 'Classify with the EU AI Act wizard',
    })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: system ? `Classify ${system}, the AI system of ${title}` : `Classify ${title}`,
    }),
  ).toBeVisible();
  await expect(
    page.getByText(`AI system of ${title} · their EU AI Act tier comes from this classification`),
  ).toBeVisible();
  const group = (name: RegExp) => page.getByRole('group', { name });
  if (prohibited)
    await group(/score people on their social behaviour/)
      .getByLabel('Yes')
      .check();
  for (let step = 0; step < 8; step++) {
    if (await page.getByRole('heading', { name: `Result for ${subject}` }).isVisible()) break;
    const none = page.getByRole('button', { name: 'None of the others apply' });
    if (await none.isVisible()) await none.click();
    const role = group(/role for this system/);
    if (await role.isVisible()) await role.getByLabel('Deployer (we use it)').check();
    for (const name of [
      /own name or trademark/,
      /public body/,
      /creditworthiness/,
      /general-purpose AI model/,
    ]) {
      if (await group(name).isVisible()) await group(name).getByLabel('No').check();
    }
    // A prohibited answer makes the rest optional: go straight to the result.
    const skip = page.getByRole('button', { name: 'Skip to the result: the rest is not needed' });
    if (await skip.isVisible()) await skip.click();
    else await page.getByRole('button', { name: /^(Next|See the result)$/ }).click();
  }
  await expect(page.getByRole('heading', { name: `Result for ${subject}` })).toBeVisible();
  await page.getByRole('button', { name: 'Save classification' }).click();
  // Back on the use case, which reads its tier from the classification.
  await expect(page).toHaveURL(useCaseUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByLabel('EU AI Act risk tier')).toHaveValue(prohibited ? 'prohibited' : 'minimal');
}

test('the truth story: new client, use cases, pilots, classified from the use case, and a report whose numbers are true', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  mkdirSync(OUT, { recursive: true });
  await page.goto('/');
  await page.getByRole('button', { name: /Start empty/ }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Client name').fill('Harbour Logistics');
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('button', { name: /Current client Harbour Logistics/ })).toBeVisible();

  // Six use cases; two become pilots.
  await newUseCase(page, 'Scoring drivers on social media', 'Anna Peeters (HR lead)', {
    impact: '4',
    feasibility: '4',
  });
  await classifyFromUseCase(page, 'Scoring drivers on social media', true);
  await expect(page.getByLabel('EU AI Act risk tier')).toHaveValue('prohibited');
  await expect(page.getByRole('button', { name: 'Move to…' })).toBeVisible();
  for (const [title, owner] of [
    ['Route planning', 'Bram Claes (Operations)'],
    ['Customs documents', 'Lies Maes (Compliance)'],
    ['Invoice matching', 'Tom Wouters (Finance)'],
  ])
    await newUseCase(page, title, owner);

  await newUseCase(page, 'Drafting customer emails', 'Sofie Janssens (Customer service)', {
    impact: '3',
    feasibility: '4',
  });
  await move(page, 'Drafting customer emails', 'assessment');
  await charterAndKpi(page, 'Copilot in Outlook');
  await classifyFromUseCase(page, 'Drafting customer emails', false, 'Copilot in Outlook');
  await move(page, 'Drafting customer emails', 'pilot');

  await newUseCase(page, 'Forecasting warehouse staffing', 'Bram Claes (Operations)', {
    impact: '4',
    feasibility: '2',
  });
  await move(page, 'Forecasting warehouse staffing', 'assessment');
  await charterAndKpi(page, 'Planwise Forecast');
  // Not classified yet: the pilot may start only with a recorded reason.
  await move(
    page,
    'Forecasting warehouse staffing',
    'pilot',
    'Vendor answers the classification questions next week',
  );

  // The AI system made by classifying an Idea follows its use case: planned, not "In pilot".
  await page.getByRole('link', { name: 'Governance' }).click();
  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'AI systems', exact: true })
    .click();
  const systems = page.getByRole('table', { name: 'AI systems' });
  await expect(systems.getByRole('row', { name: /Scoring drivers on social media/ })).toContainText(
    'Planned (from its use cases)',
  );
  await expect(systems.getByRole('row', { name: /Copilot in Outlook/ })).toContainText(
    'In pilot (from its use cases)',
  );
  await expect(systems.getByRole('row', { name: /Copilot in Outlook/ })).toContainText(
    'Sofie Janssens (Customer service) (from its use cases)',
  );
  await snap(page, 'truth-01-ai-systems');

  // The map and ranking say Stop for the prohibited use case.
  await page
    .getByRole('navigation', { name: /areas/ })
    .getByRole('link', { name: 'Portfolio', exact: true })
    .click();
  await page
    .getByRole('navigation', { name: 'Portfolio views' })
    .getByRole('link', { name: 'Impact/effort map' })
    .click();
  await expect(
    page.getByRole('link', { name: /^Scoring drivers on social media: .*stop \(prohibited practice\)/ }),
  ).toBeVisible();
  await snap(page, 'truth-02-map');

  // The board report.
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByLabel('Period type').selectOption('month');
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByLabel('Overall status')).toHaveValue('unset');
  await expect(
    page.getByText(/Suggested from the registers: Red: action needed \(A prohibited AI practice/),
  ).toBeVisible();
  await page.getByLabel('Overall status').selectOption('red');
  await snap(page, 'truth-03-report-editor');
  const reportId = page.url().split('/').pop()!;

  const printPage = await context.newPage();
  const pdf = `${OUT}/story.pdf`;
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const text = pdfText(pdf, 'raw').replace(/\s+/g, ' ');
  expect(text).toContain('Red: action needed');
  expect(text).toContain('Pilots running: 2 of a limit of 3');
  expect(text).toContain(
    'In pilot before the EU AI Act classification: Forecasting warehouse staffing (“Vendor answers the classification questions next week”)',
  );
  expect(text).toMatch(/4\/6 Use cases not yet classified/);
  expect(text).toContain('Stop: Scoring drivers on social media');
  // The inventory appendix: the system made by classifying an Idea is planned, not "In pilot".
  expect(text).toContain('Scoring drivers on social media — Planned Prohibited');
  expect(text).not.toContain('Idea, not yet assessed Scoring drivers');
  // The map numbers each use case by its rank; the PPTX below must state the same numbers.
  const mapKey = new Map<string, string>();
  for (const title of [
    'Drafting customer emails',
    'Forecasting warehouse staffing',
    'Scoring drivers on social media',
  ]) {
    const found = text.match(new RegExp(`(\\d+) ${title}`));
    expect(found, `${title} numbered on the map`).not.toBeNull();
    mapKey.set(title, found![1]);
  }
  expect(text).toContain(
    `${mapKey.get('Scoring drivers on social media')} Scoring drivers on social media · Stop (prohibited practice)`,
  );
  // The unscored ones keep their rank and say why they are not on the map: no number goes missing.
  const notOnMap = text.match(/Not on the map: ([^)]*\(not scored yet\))/)?.[1];
  expect(notOnMap).toBeDefined();
  const numbers = [...mapKey.values(), ...[...notOnMap!.matchAll(/(?:^|, )(\d+) /g)].map((m) => m[1])]
    .map(Number)
    .sort((a, b) => a - b);
  expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  // The first thing the board reads: the prohibited practice, and the decision asked of it.
  expect(text).toContain(
    'Scoring drivers on social media: a prohibited AI practice under the EU AI Act (Art. 5); it must stop and cannot be piloted.',
  );
  expect(text).toContain(
    'Confirm that Scoring drivers on social media is stopped (prohibited under EU AI Act Art. 5).',
  );
  renderPages(pdf, 'truth/pdf-pages');

  // PPTX: the same numbers in the slides' XML, and rendered by LibreOffice.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PPTX' }).click();
  const pptx = `${OUT}/story.pptx`;
  await (await download).saveAs(pptx);
  await page.getByRole('button', { name: 'Yes, the file is saved: freeze the report' }).click();
  await expect(page.getByRole('button', { name: 'Re-export PPTX' })).toBeVisible();
  const xml = execFileSync('unzip', ['-p', pptx, 'ppt/slides/*.xml'], {
    encoding: 'utf8',
    maxBuffer: 50_000_000,
  });
  expect(xml).toContain('Pilots running: 2 of a limit of 3');
  expect(xml).toContain('Use cases not yet classified: 4/6');
  expect(xml).toContain('Stop: Scoring drivers on social media');
  expect(xml).toContain('Red: action needed');
  for (const quadrant of ['Quick wins', 'Strategic bets', 'Fill-ins', 'Time sinks'])
    expect(xml).toContain(`<a:t>${quadrant}</a:t>`);
  expect(xml).toContain(`<a:t>Not on the map: ${notOnMap}</a:t>`);
  for (const label of [
    'AI use cases in the portfolio',
    'Pilots running / limit',
    'Open incidents',
    'Critical risks (current level)',
  ])
    expect(xml).toContain(`<a:t>${label}</a:t>`);
  expect(xml).toContain('<a:t>2 / 3</a:t>');
  for (const [title, n] of mapKey) {
    expect(xml).toContain(`<a:t>${n}</a:t>`);
    expect(xml).toContain(
      `<a:t>${n}  ${title}${title.startsWith('Scoring') ? ' · Stop (prohibited practice)' : ''}</a:t>`,
    );
  }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', `${OUT}/pptx`, pptx], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  expect(pdfText(`${OUT}/pptx/story.pdf`)).toContain('Harbour Logistics');
  renderPages(`${OUT}/pptx/story.pdf`, 'truth/pptx-pages');
  expect(readdirSync(`${ARTIFACTS}/truth/pptx-pages`).length).toBeGreaterThan(3);
});
