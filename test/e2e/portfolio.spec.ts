import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectSaved, openWithDemo, snap, switchClient } from './helpers';

/** A day relative to today in the browser's calendar, as YYYY-MM-DD. */
async function day(page: Page, offset: number): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

async function openPortfolio(page: Page, view?: string): Promise<void> {
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'AI use-case portfolio' })).toBeVisible();
  if (view)
    await page.getByRole('navigation', { name: 'Portfolio views' }).getByRole('link', { name: view }).click();
}

test('demo portfolio: overview, register, board, map, ranking and a pilot with its gate decision', async ({
  page,
}) => {
  await openWithDemo(page);
  await expect(page.getByRole('region', { name: 'AI portfolio' })).toContainText(
    '3 of 3 in pilot or evaluation',
  );
  await openPortfolio(page);

  const limit = page.getByRole('region', { name: 'Pilots running against the limit' });
  await expect(limit).toContainText('3 of 3 in pilot or evaluation — limit reached');
  await expect(page.getByRole('region', { name: 'Decisions due' })).toContainText('Summarising CVs');
  await expect(page.getByRole('region', { name: 'Value realised' })).toContainText('hours saved per month');
  await snap(page, 'portfolio-01-overview');

  await openPortfolio(page, 'Register');
  const table = page.getByRole('table', { name: 'Use cases' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await page.getByLabel('Stage', { exact: true }).selectOption('pilot');
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Stage', { exact: true }).selectOption('all');
  await page.getByLabel('Search').fill('emotion');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Stop: Prohibited practice');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await table.getByRole('button', { name: 'Priority' }).click();
  await expect(table.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('row').nth(1)).toContainText('Writing job postings');
  await snap(page, 'portfolio-02-register');

  await openPortfolio(page, 'Board');
  await expect(page.getByRole('region', { name: /^Pilot/ })).toContainText('Answering client emails');
  await expect(page.getByRole('region', { name: /^Stopped/ })).toContainText(
    'Emotion analysis in video interviews',
  );
  await snap(page, 'portfolio-03-board');
  // Drag a card onto another stage: the move dialog opens with that stage chosen.
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Interview scheduling assistant' })
    .dragTo(page.getByRole('region', { name: /^Assessment/ }));
  const dragMove = page.getByRole('dialog', { name: 'Move Interview scheduling assistant' });
  await expect(dragMove.getByLabel('Move to')).toHaveValue('assessment');
  await dragMove.getByRole('button', { name: 'Move to Assessment' }).click();
  await expect(page.getByRole('region', { name: /^Assessment/ })).toContainText(
    'Interview scheduling assistant',
  );

  await openPortfolio(page, 'Ranking');
  await expect(
    page.getByRole('list', { name: 'Use cases by rank' }).getByRole('listitem').first(),
  ).toContainText('Writing job postings');
  await snap(page, 'portfolio-05-ranking');

  await openPortfolio(page, 'Impact/effort map');
  const jobAdsPoint = page.getByRole('link', {
    name: /^Writing job postings: impact 4, effort 1, quick win/,
  });
  await expect(jobAdsPoint).toBeVisible();
  await snap(page, 'portfolio-04-map');
  // The map is usable from the keyboard.
  await jobAdsPoint.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Writing job postings' })).toBeVisible();
  const decisions = page.getByRole('list', { name: 'Gate decisions' });
  await expect(decisions).toContainText('Scale');
  await expect(decisions).toContainText('Marieke de Vries');
  await expect(page.getByRole('figure', { name: /Trend of Time to write a job posting/ })).toBeVisible();
  await snap(page, 'portfolio-06-detail-jobads');
  await page.getByRole('heading', { name: 'KPIs and measurements' }).scrollIntoViewIfNeeded();
  await snap(page, 'portfolio-07-detail-kpis');

  // The CV pilot is past its planned end without a decision, and off track since the omission incident.
  await page.getByRole('link', { name: /^Portfolio of Brightside/ }).click();
  await page.getByRole('table', { name: 'Use cases' }).getByRole('link', { name: 'Summarising CVs' }).click();
  await expect(page.getByRole('note', { name: 'Decision due' })).toContainText('8 days ago');
  await expect(page.getByRole('article', { name: 'Time to screen a CV' })).toContainText('Off track');
  // Measurement notes are editable in the log (self-saving inputs).
  const notes = page
    .getByRole('article', { name: 'Time to screen a CV' })
    .getByRole('textbox', { name: /^Note of the measurement of/ });
  await expect
    .poll(() =>
      notes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).join('\n')),
    )
    .toContain('A summary dropped 3 years of relevant experience');
  await snap(page, 'portfolio-12-detail-cv');

  // The other clients are at other stages.
  await switchClient(page, 'Nordhaven Precision Parts');
  await openPortfolio(page, 'Board');
  await expect(page.getByRole('region', { name: /^Structural/ })).toContainText(
    'Visual quality inspection, line 2',
  );
  await expect(page.getByRole('region', { name: /^Retired/ })).toContainText(
    'Predictive maintenance of CNC spindles',
  );
  await switchClient(page, 'Van Dijk');
  await openPortfolio(page, 'Impact/effort map');
  await expect(
    page.getByRole('link', { name: /^Minutes of client meetings: impact 2, effort 1, fill-in/ }),
  ).toBeVisible();
  await snap(page, 'portfolio-13-map-accountancy');
});

test('a use case from idea to a scaled pilot: score, map, charter, pilot limit override, KPIs, gate decision', async ({
  page,
}) => {
  test.setTimeout(300_000); // a long story on a busy machine
  await openWithDemo(page);
  await openPortfolio(page);
  const title = 'Shift planning for “Flex” pool, Zürich';

  // Create and score.
  await page.getByRole('button', { name: 'New use case' }).click();
  const create = page.getByRole('dialog', { name: 'New use case' });
  await create.getByRole('button', { name: 'Create use case' }).click();
  await expect(create.getByText(/Give the use case a title/)).toBeVisible();
  await create.getByLabel('Title').fill(title);
  await create.getByLabel('Business owner').fill('Marieke de Vries');
  await create.getByRole('button', { name: 'Create use case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The new record opens on its first field, not on the sidebar.
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();

  await page.getByLabel('Impact (1-5)').fill('7');
  await expect(page.getByText('Impact must be a whole number from 1 to 5 (you wrote "7")')).toBeVisible();
  await page.getByLabel('Impact (1-5)').fill('4');
  await page.getByLabel('Reach (1-5)').fill('3');
  await page.getByLabel('Feasibility (1-5)').fill('4');
  await page.getByLabel('Data readiness (1-5)').fill('4');
  await page.getByLabel('Confidence (1-5)').fill('3');
  await page.getByLabel('EU AI Act risk tier').selectOption('minimal');
  await expectSaved(page);
  // 4 x 3 = 12; 12 x 4 x 3 x 0.9 / 1 = 129.6; / 625 x 100 = 21
  await expect(page.getByLabel('Priority 21 out of 100')).toBeVisible();
  await expect(page.getByText('Value 4 x 3 = 12;')).toBeVisible();

  // Find it on the map and open it from there.
  await page.getByRole('link', { name: /^Portfolio of Brightside/ }).click();
  await page
    .getByRole('navigation', { name: 'Portfolio views' })
    .getByRole('link', { name: 'Impact/effort map' })
    .click();
  const point = page.getByRole('link', {
    name: new RegExp(`^${title}: impact 4, effort 2, quick win, minimal risk`),
  });
  await expect(point).toBeVisible();
  await point.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Idea -> assessment.
  await page.getByRole('button', { name: 'Move to…' }).click();
  let move = page.getByRole('dialog', { name: `Move ${title}` });
  await move.getByLabel('Move to').selectOption('assessment');
  await move.getByRole('button', { name: 'Move to Assessment' }).click();
  await expect(move).toBeHidden();

  // Pilot is refused: no KPI, no charter, and the limit of 3 is reached.
  await page.getByRole('button', { name: 'Move to…' }).click();
  move = page.getByRole('dialog', { name: `Move ${title}` });
  await move.getByLabel('Move to').selectOption('pilot');
  await move.getByRole('button', { name: 'Move to Pilot' }).click();
  await expect(move.getByRole('heading', { name: 'This move was refused' })).toBeVisible();
  await expect(move.getByRole('list', { name: 'Missing from the charter' })).toContainText('Hypothesis');
  await expect(move).toContainText('No measurable KPI');
  await expect(move).toContainText(
    'Pilot limit reached: 3 use cases are already in pilot or evaluation and the limit for this client is 3',
  );
  await snap(page, 'portfolio-08-pilot-refused');
  await move.getByRole('button', { name: 'Cancel' }).click();

  // Write the charter (an end date before the start is refused).
  const start = await day(page, -21);
  await page
    .getByLabel('Hypothesis')
    .fill('Planners build a week of shifts in 4 hours instead of 10 ("two-click" plan).');
  await page.getByLabel('Scope and users').fill('2 planners, the "Flex" pool of 120 temp workers');
  await page.getByLabel('Start date').fill(start);
  await page.getByLabel('Planned end date').fill(await day(page, -30));
  await expect(page.getByText(/must be after the start date/)).toBeVisible();
  await page.getByLabel('Planned end date').fill(await day(page, 60));
  await page
    .getByLabel('Data rules (what data may go in)')
    .fill('Availability and skills of temp workers; no health data.');
  await page.getByLabel('Human-oversight rule').fill('A planner approves every schedule before it is sent.');
  await page.getByLabel('Stop conditions').fill('Two schedules that break the working-time rules.');
  // "1,500" could be misread: in en-GB it is fifteen hundred, and the field says so.
  await page.getByLabel('Budget planned (EUR)').fill('1,500');
  await expect(page.getByText(/Read as 1\s500/)).toBeVisible();
  await page.getByLabel('Budget planned (EUR)').fill('1500');
  await page.getByLabel('Vendor / tool').fill('PlanBot Scheduling');
  // The AI system entry is a link to the inventory: created here, linked to this use case.
  await expect(page.getByText('Complete: the charter allows this use case to enter pilot.')).toBeHidden();
  await page.getByLabel('New entry name').fill('PlanBot — shift planning');
  await page.getByRole('button', { name: 'Create entry and link' }).click();
  await expect(page.getByRole('button', { name: 'Unlink PlanBot — shift planning' })).toBeVisible();
  await expect(page.getByText('Complete: the charter allows this use case to enter pilot.')).toBeVisible();

  // A KPI (a target equal to the baseline is refused).
  await page.getByRole('button', { name: 'Add KPI' }).click();
  const kpiDialog = page.getByRole('dialog', { name: 'New KPI' });
  await kpiDialog.getByLabel('KPI name').fill('Time to plan a week of shifts');
  await kpiDialog.getByLabel('Unit', { exact: true }).selectOption('hours-per-week');
  await kpiDialog.getByLabel('Direction').selectOption('lower-is-better');
  await kpiDialog.getByLabel('Baseline value').fill('10');
  await kpiDialog.getByLabel('Baseline date').fill(await day(page, -28));
  await kpiDialog.getByLabel('Target value').fill('10');
  await kpiDialog.getByRole('button', { name: 'Add KPI' }).click();
  await expect(kpiDialog.getByText(/The target equals the baseline/)).toBeVisible();
  await kpiDialog.getByLabel('Target value').fill('4');
  await kpiDialog.getByLabel('Scale-up threshold').fill('6');
  await kpiDialog.getByRole('button', { name: 'Add KPI' }).click();
  await expect(kpiDialog).toBeHidden();

  // Pilot: refused at the limit, then moved with a recorded override.
  await page.getByRole('button', { name: 'Move to…' }).click();
  move = page.getByRole('dialog', { name: `Move ${title}` });
  await move.getByLabel('Move to').selectOption('pilot');
  await move.getByRole('button', { name: 'Move to Pilot' }).click();
  await expect(move.getByRole('heading', { name: 'This move was refused' })).toBeVisible();
  await expect(move).not.toContainText('Missing from the charter');
  await expect(move).toContainText('Pilot limit reached');
  await move
    .getByLabel('Reason to go over the pilot limit')
    .fill('Peak season starts next month; the board asked for it.');
  await move.getByRole('button', { name: 'Move to Pilot' }).click();
  await expect(move).toBeHidden();
  await expect(page.getByRole('note', { name: 'Pilot limit override' })).toContainText(
    'Over the pilot limit by override',
  );
  await expect(page.getByRole('note', { name: 'Pilot limit override' })).toContainText(
    'Peak season starts next month',
  );

  // Measurements: bad ones are refused, good ones are charted.
  const logForm = page.getByRole('form', { name: 'Log a measurement of Time to plan a week of shifts' });
  await logForm.getByLabel('Value').fill('ten');
  await logForm.getByRole('button', { name: 'Log measurement' }).click();
  await expect(logForm.getByText(/Value must be a number/)).toBeVisible();
  await logForm.getByLabel('Measured on').fill(await day(page, 3));
  await logForm.getByLabel('Value').fill('8');
  await logForm.getByRole('button', { name: 'Log measurement' }).click();
  await expect(logForm.getByText(/is in the future/)).toBeVisible();
  await logForm.getByLabel('Measured on').fill(await day(page, -40));
  await logForm.getByRole('button', { name: 'Log measurement' }).click();
  await expect(logForm.getByText(/before the baseline date/)).toBeVisible();
  await logForm.getByLabel('Measured on').fill(await day(page, -14));
  await logForm.getByLabel('Value').fill('7,5');
  await logForm.getByLabel('Note').fill('First full week');
  await logForm.getByRole('button', { name: 'Log measurement' }).click();
  await expect(
    page.getByRole('table', { name: 'Measurements of Time to plan a week of shifts' }).getByRole('row'),
  ).toHaveCount(2);
  await logForm.getByLabel('Measured on').fill(await day(page, -2));
  await logForm.getByLabel('Value').fill('5');
  await logForm.getByRole('button', { name: 'Log measurement' }).click();
  const measurements = page.getByRole('table', { name: 'Measurements of Time to plan a week of shifts' });
  await expect(measurements.getByRole('row')).toHaveCount(3);
  await expect(
    page.getByRole('figure', {
      name: /Trend of Time to plan a week of shifts, baseline 10 hours per week, target 4 hours per week, latest 5 hours per week/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('article', { name: 'Time to plan a week of shifts' })).toContainText(
    'On track',
  );
  await snap(page, 'portfolio-09-kpi');

  // Gate decision: scale, with the KPI evidence frozen.
  await page.getByRole('button', { name: 'Record gate decision' }).first().click();
  const gate = page.getByRole('dialog', { name: `Gate decision: ${title}` });
  await gate.getByLabel('Decision', { exact: true }).selectOption('scale');
  await gate.getByRole('button', { name: 'Record scale decision and move to Evaluation' }).click();
  await expect(gate.getByText('Write down the rationale for this decision')).toBeVisible();
  await gate.getByLabel('Rationale').fill('Planning time down from 10 to 5 hours; scale-up threshold met.');
  await gate.getByLabel('Decided by').fill('Marieke de Vries (Operations Director)');
  await expect(gate.getByRole('table', { name: 'KPI evidence for this decision' })).toContainText(
    'Scale-up threshold met',
  );
  await snap(page, 'portfolio-10-gate-dialog');
  await gate.getByRole('button', { name: 'Record scale decision and move to Evaluation' }).click();
  await expect(gate).toBeHidden();
  await expectSaved(page);

  // Reload: everything is as it was.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Stage history' });
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await expect(timeline).toContainText('Pilot limit overridden');
  await expect(timeline.getByRole('listitem').last()).toContainText('Evaluation');
  await expect(page.getByRole('note', { name: 'Pilot limit override' })).toContainText(
    'Peak season starts next month',
  );
  const decisions = page.getByRole('list', { name: 'Gate decisions' });
  await expect(decisions).toContainText('Planning time down from 10 to 5 hours');
  await expect(decisions).toContainText('Decided by Marieke de Vries (Operations Director)');
  await decisions.getByText(/KPI evidence at the decision/).click();
  await expect(decisions.getByRole('list', { name: /KPI evidence of the scale decision/ })).toContainText(
    'latest 5 hours per week',
  );
  await expect(page.getByLabel('Impact (1-5)')).toHaveValue('4');
  await expect(page.getByLabel('Confidence (1-5)')).toHaveValue('3');
  await expect(page.getByLabel('EU AI Act risk tier')).toHaveValue('minimal');
  await expect(page.getByLabel('Start date')).toHaveValue(start);
  await expect(page.getByLabel('Budget planned (EUR)')).toHaveValue('1500');
  await expect(page.getByLabel('Scope and users')).toHaveValue(
    '2 planners, the "Flex" pool of 120 temp workers',
  );
  await expect(
    page.getByRole('table', { name: 'Measurements of Time to plan a week of shifts' }).getByRole('row'),
  ).toHaveCount(3);
  const changes = page.getByRole('list', { name: 'Changes to this use case' });
  await expect(changes).toContainText(/Stage: .* → Evaluation/);
  // Every charter field is its own history entry now: the risk tier change is further down the list.
  await page.getByRole('button', { name: /^Show all \d+ changes$/ }).click();
  await expect(changes).toContainText('Risk tier: Not yet classified → Minimal risk');
  await snap(page, 'portfolio-11-after-reload');

  // The register exports it as CSV that a spreadsheet reads (BOM, quotes doubled, non-ASCII kept).
  await page.getByRole('link', { name: /^Portfolio of Brightside/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Brightside use cases \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFID,Title,')).toBe(true);
  expect(csv).toContain('"Shift planning for “Flex” pool, Zürich"');
  expect(csv).toContain(',Evaluation,');
  expect(csv).toContain('"Planners build a week of shifts in 4 hours instead of 10 (""two-click"" plan)."');
  expect(csv).toContain('Peak season starts next month; the board asked for it.');

  // For a client who reads Dutch: Dutch file name, headers and labels; the typed text as typed.
  const registerUrl = page.url();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Report language').selectOption('nl');
  await expect(page.getByLabel('Report language')).toHaveValue('nl');
  await page.goto(registerUrl);
  const dutchDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const dutchFile = await dutchDownload;
  expect(dutchFile.suggestedFilename()).toMatch(/^Brightside toepassingen \d{4}-\d{2}-\d{2}\.csv$/);
  const dutchCsv = readFileSync((await dutchFile.path())!, 'utf8');
  expect(dutchCsv.startsWith('\uFEFFID,Titel,Proces / afdeling,Fase,In fase sinds,')).toBe(true);
  expect(dutchCsv).toContain(',Evaluatie,');
  expect(dutchCsv).toContain('"Shift planning for “Flex” pool, Zürich"');
});

test('a client without use cases gets a clear empty portfolio', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('dialog', { name: 'New client' }).getByLabel('Client name').fill('Quayside Logistics');
  await page.getByRole('button', { name: 'Create client' }).click();
  await openPortfolio(page);
  await expect(page.getByRole('heading', { name: 'No use cases yet for Quayside Logistics' })).toBeVisible();
  await snap(page, 'portfolio-14-empty');
  await page.getByRole('button', { name: 'Add the first use case' }).click();
  await page.getByRole('dialog', { name: 'New use case' }).getByLabel('Title').fill('Route planning');
  await page.getByRole('button', { name: 'Create use case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Route planning' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hard filters' })).toContainText('Park: No business owner');
  // Another client's use case is never shown under this client.
  const url = page.url().replace(/portfolio\/[^/?]+$/, 'portfolio/demo-uc-jobads');
  await page.goto(url);
  await expect(
    page.getByRole('heading', { name: 'This use case does not exist for Quayside Logistics' }),
  ).toBeVisible();
});
