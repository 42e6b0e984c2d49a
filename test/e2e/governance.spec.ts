import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openWithDemo, snap } from './helpers';

/** The browser runs in Europe/Amsterdam (playwright.config.ts): dates typed into the app are local there. */
const ZONE = 'Europe/Amsterdam';
function localDate(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toLocaleDateString('sv-SE', { timeZone: ZONE });
}

async function openGovernance(page: Page, register?: string) {
  await page.getByRole('navigation', { name: /areas/ }).getByRole('link', { name: 'Governance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Governance' })).toBeVisible();
  if (register)
    await page
      .getByRole('navigation', { name: 'Governance' })
      .getByRole('link', { name: register, exact: true })
      .click();
}

test('the staffing firm’s governance in the demo: overview, tools list, classification, heat map, clocks, home', async ({
  page,
}) => {
  await openWithDemo(page);
  await openGovernance(page);
  const gaps = page.getByRole('region', { name: /Gaps/ });
  await expect(gaps).toContainText('No accountable person');
  await expect(gaps).toContainText('DeepL Pro');
  await expect(gaps).toContainText('AI users without current training');
  await expect(page.getByRole('table', { name: 'Due soon' })).toContainText(
    'Report incident: CV of a candidate sent to the wrong client',
  );
  await snap(page, 'gov-01-overview');

  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'AI systems', exact: true })
    .click();
  const tools = page.getByRole('region', { name: 'Approved tools list' });
  await expect(tools).toContainText('ChatGPT (free personal accounts)');
  const systems = page.getByRole('table', { name: 'AI systems' });
  await expect(systems.getByRole('row', { name: /CV summary assistant/ })).toContainText('High risk');
  await expect(systems.getByRole('row', { name: /Client email assistant/ })).toContainText('Limited risk');
  await expect(systems.getByRole('row', { name: /Job posting drafts/ })).toContainText('Minimal risk');
  await snap(page, 'gov-02-ai-systems');

  await systems.getByRole('link', { name: 'CV summary assistant' }).click();
  const panel = page.getByRole('region', { name: 'EU AI Act classification' });
  await expect(panel).toContainText('profiles natural persons');
  await expect(panel).toContainText('Annex III point 4(a)');
  await expect(panel.getByRole('table', { name: 'Obligations' })).toContainText('2 Dec 2027');
  await expect(page.getByRole('region', { name: 'DPIA screening' })).toContainText('DPIA recorded');
  await page.getByRole('heading', { name: 'DPIA screening' }).scrollIntoViewIfNeeded();
  await snap(page, 'gov-03a-dpia');
  await expect(page.getByRole('region', { name: 'Linked from other registers' })).toContainText(
    'CV summary dropped relevant experience',
  );
  await snap(page, 'gov-03-ai-system');

  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'Risks', exact: true })
    .click();
  // The current level is the default: inherent until a risk's controls are in place.
  const current = page.getByRole('table', { name: 'Risk heat map, current level' });
  await expect(current.getByRole('cell', { name: /Likelihood 3, severity 4/ })).toContainText(
    'Candidate data reaching the wrong client',
  );
  await page.getByRole('radio', { name: 'Inherent' }).click();
  const map = page.getByRole('table', { name: 'Risk heat map, inherent level' });
  await expect(map.getByRole('cell', { name: /Likelihood 4, severity 4/ })).toContainText(
    'Summaries omit or distort relevant experience',
  );
  await page.getByRole('radio', { name: 'Target' }).click();
  await snap(page, 'gov-04-risks');
  await page
    .getByRole('table', { name: 'Risk heat map, target level' })
    .getByRole('link', { name: 'Summaries omit or distort relevant experience' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Summaries omit or distort/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Position on the heat map' })).toContainText(
    'likelihood 2 × severity 3 = 6',
  );

  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'Incidents', exact: true })
    .click();
  await expect(page.getByRole('region', { name: 'Reporting clocks running' })).toContainText(
    'Personal-data breach',
  );
  await snap(page, 'gov-05-incidents');

  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'Escalation', exact: true })
    .click();
  await page.getByRole('link', { name: 'Wrong or harmful AI output about a candidate' }).click();
  await expect(page.getByRole('group', { name: 'Escalation steps' }).getByLabel('Step 1: who')).toHaveValue(
    'Tom Jansen (Head of Recruitment)',
  );
  await page.getByRole('heading', { name: 'After the first contact' }).scrollIntoViewIfNeeded();
  await snap(page, 'gov-05a-escalation');

  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'Calendar', exact: true })
    .click();
  await expect(page.getByRole('region', { name: /Overdue/ })).toContainText('Train Eva de Boer');
  await expect(page.getByRole('region', { name: /December 2027|Next 14 days/ }).first()).toBeVisible();
  await snap(page, 'gov-05b-calendar');

  await page.getByRole('link', { name: 'All clients' }).click();
  const due = page.getByRole('table', { name: 'Governance items due' });
  await expect(due).toContainText('Brightside');
  await expect(due).toContainText('Nordhaven');
  await expect(due.getByRole('row', { name: /Train Eva de Boer/ })).toContainText('overdue');
  await snap(page, 'gov-06-home');
});

test('a register round trip: create with checks, edit, reload, history, search, sort, CSV export, delete', async ({
  page,
}) => {
  await openWithDemo(page);
  await openGovernance(page, 'Policies');
  await page.getByRole('button', { name: 'New policy' }).click();
  const dialog = page.getByRole('dialog', { name: 'New policy' });
  await dialog.getByLabel('Title').fill('Generative AI in client communication');
  await dialog.getByLabel('Type').selectOption({ label: 'Acceptable-use policy' });
  await dialog.getByLabel('Owner').fill('Jeroen Smit (Head of Accounts)');
  await dialog.getByLabel('Next review').fill(localDate(-1));
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(dialog.getByText('Next review is in the past: choose today or a later date')).toBeVisible();
  await dialog.getByLabel('Next review').fill(localDate(90));
  await dialog.getByRole('button', { name: 'Create policy' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Generative AI in client communication' }),
  ).toBeVisible();

  await page.getByLabel('Version').fill('1.0');
  await page.getByLabel('Status').selectOption('approved');
  await expect(page.getByText('Name who approved the policy before marking it approved')).toBeVisible();
  await page.getByLabel('Approved by').fill('Management team');
  await page.getByLabel('Status').selectOption('approved');
  await page.getByLabel('Effective from').fill(localDate(0));
  await page
    .getByLabel('Policy text')
    .fill('Every AI-drafted reply is read by the account manager, who stays responsible for it.');
  await page.getByLabel('AI systems it governs').selectOption({ label: 'Client email assistant' });
  await expect(page.getByRole('list', { name: 'AI systems it governs' })).toContainText(
    'Client email assistant',
  );
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Version')).toHaveValue('1.0');
  await expect(page.getByLabel('Status')).toHaveValue('approved');
  await expect(page.getByLabel('Approved by')).toHaveValue('Management team');
  await expect(page.getByLabel('Policy text')).toHaveValue(/account manager/);
  await expect(
    page
      .getByRole('list', { name: 'AI systems it governs' })
      .getByRole('link', { name: 'Client email assistant' }),
  ).toBeVisible();
  const history = page.getByRole('table', { name: 'Change history' });
  await expect(history).toContainText('Version');
  await expect(history).toContainText('Approved');
  await snap(page, 'gov-07-policy-detail');

  await page.getByRole('link', { name: 'Policies', exact: true }).first().click();
  const table = page.getByRole('table', { name: 'Policies' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('searchbox').fill('client communication');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel('Filter by Status').selectOption({ label: 'Status: In review' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('AI policy');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: 'Title' }).click();
  await expect(table.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText('Generative AI in client communication');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Brightside - Policies - \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFTitle,Type,Version,Owner,AI systems it governs,Status,Approved by')).toBe(
    true,
  );
  expect(csv).toContain(
    'Generative AI in client communication,Acceptable-use policy,1.0,Jeroen Smit (Head of Accounts),Client email assistant (Limited risk (transparency)),Approved,Management team',
  );

  // For a client who reads Dutch, the same export has Dutch headers, labels and file name; typed text stays as typed.
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Report language').selectOption('nl');
  await openGovernance(page, 'Policies');
  const dutchDownloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dutch = await dutchDownloading;
  expect(dutch.suggestedFilename()).toMatch(/^Brightside - Beleid - \d{4}-\d{2}-\d{2}\.csv$/);
  const dutchCsv = await (await import('node:fs/promises')).readFile((await dutch.path())!, 'utf8');
  expect(
    dutchCsv.startsWith(
      '\uFEFFTitel,Soort,Versie,Eigenaar,AI-systemen waarop het van toepassing is,Status,Goedgekeurd door',
    ),
  ).toBe(true);
  expect(dutchCsv).toContain('Generative AI in client communication,Beleid voor aanvaardbaar gebruik,1.0,');
  expect(dutchCsv).toContain(',Goedgekeurd,Management team');

  await table.getByRole('link', { name: 'Generative AI in client communication' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete policy' }).click();
  await expect(page.getByRole('table', { name: 'Policies' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'Policies' })).not.toContainText(
    'Generative AI in client communication',
  );
});

test('bad input is refused with a clear message and nothing is stored', async ({ page }) => {
  await openWithDemo(page);
  await openGovernance(page, 'RACI');
  await page.getByRole('button', { name: 'New RACI entry' }).click();
  const raci = page.getByRole('dialog', { name: 'New RACI entry' });
  await raci.getByLabel('AI system or process').fill('Job posting drafts');
  await raci.getByRole('button', { name: 'Create RACI entry' }).click();
  await expect(raci.getByText('A RACI needs an accountable person')).toBeVisible();
  await raci.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table', { name: 'Responsibilities (RACI)' }).getByRole('row')).toHaveCount(4);

  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: 'Risks', exact: true })
    .click();
  await page.getByRole('button', { name: 'New risk' }).click();
  const risk = page.getByRole('dialog', { name: 'New risk' });
  await risk.getByLabel('Title').fill('Prompt injection through candidate CVs');
  for (const bad of ['0', '6']) {
    await risk.getByLabel('Likelihood (before controls)').fill(bad);
    await risk.getByRole('button', { name: 'Create risk' }).click();
    await expect(risk.getByText('Likelihood must be a whole number from 1 to 5')).toBeVisible();
  }
  await risk.getByLabel('Likelihood (before controls)').fill('3');
  await risk.getByLabel('Severity (before controls)').fill('4');
  await risk.getByRole('button', { name: 'Create risk' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prompt injection through candidate CVs' }),
  ).toBeVisible();
  await page.getByLabel('Likelihood (after controls)').fill('6');
  await expect(page.getByText('Likelihood after controls must be a whole number from 1 to 5')).toBeVisible();
  await page.getByLabel('Next review').fill(localDate(-3));
  await expect(page.getByText('Next review is in the past: choose today or a later date')).toBeVisible();
  await snap(page, 'gov-08-bad-input');
  await page.reload();
  await expect(page.getByLabel('Likelihood (after controls)')).toHaveValue('');
  await expect(page.getByLabel('Next review')).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Position on the heat map' })).toContainText(
    'likelihood 3 × severity 4 = 12',
  );
});

test('the EU AI Act wizard end to end, with an override that needs a justification', async ({ page }) => {
  await openWithDemo(page);
  await openGovernance(page, 'AI systems');
  await page.getByRole('button', { name: 'New AI system' }).click();
  const dialog = page.getByRole('dialog', { name: 'New AI system' });
  await dialog.getByLabel('Name').fill('Candidate ranking add-on');
  await dialog.getByLabel('Vendor').fill('HireRank');
  await dialog.getByRole('button', { name: 'Create AI system' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Candidate ranking add-on/ })).toContainText(
    'Not classified',
  );
  await page.getByRole('link', { name: 'Classify with the EU AI Act wizard' }).click();

  const step = (name: RegExp) => page.getByRole('group', { name });
  await expect(page.getByRole('heading', { name: /Step 1: Prohibited practices/ })).toBeVisible();
  await page.getByRole('button', { name: 'None of the others apply' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: /Step 2: High-risk uses/ })).toBeVisible();
  await step(/Recruitment or selection/)
    .getByLabel('Yes')
    .check();
  await page.getByRole('button', { name: 'None of the others apply' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: /Step 3: Art. 6\(3\) exception/ })).toBeVisible();
  await step(/narrow procedural task/)
    .getByLabel('No')
    .check();
  await step(/improve the result of a human activity/)
    .getByLabel('No')
    .check();
  await step(/detect decision patterns/)
    .getByLabel('No')
    .check();
  await step(/preparatory task/)
    .getByLabel('Yes')
    .check();
  await step(/no significant risk/)
    .getByLabel('Yes')
    .check();
  await step(/profile people/)
    .getByLabel('Yes')
    .check();
  await page
    .getByLabel(/Why does the exception hold/)
    .fill('The vendor says it only prepares the recruiter’s shortlist.');
  await snap(page, 'gov-09a-wizard-exception');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: /Step 4: Transparency/ })).toBeVisible();
  await page.getByRole('button', { name: 'None of the others apply' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: /Step 5: Role/ })).toBeVisible();
  await step(/role for this system/)
    .getByLabel('Deployer (we use it)')
    .check();
  await step(/own name or trademark/)
    .getByLabel('No')
    .check();
  await step(/public body/)
    .getByLabel('No')
    .check();
  await step(/creditworthiness/)
    .getByLabel('No')
    .check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: /Step 6: General-purpose AI/ })).toBeVisible();
  await step(/general-purpose AI model/)
    .getByLabel('No')
    .check();
  await page.getByRole('button', { name: 'See the result' }).click();

  await expect(page.getByRole('heading', { name: 'Result for Candidate ranking add-on' })).toBeVisible();
  const result = page.locator('.wizard-body');
  await expect(result).toContainText('High risk');
  await expect(result).toContainText('an Annex III system that profiles is always high-risk');
  await expect(result).toContainText('Art. 6(2), Annex III point 4(a)');
  await expect(
    result.getByRole('table', { name: 'Obligations' }).getByRole('row', { name: /Assign human oversight/ }),
  ).toContainText('2 Dec 2027');
  await expect(
    result.getByRole('table', { name: 'Obligations' }).getByRole('row', { name: /AI literacy/ }),
  ).toContainText('2 Feb 2025');
  await snap(page, 'gov-09-wizard-result');
  await page.getByRole('button', { name: 'Save classification' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Candidate ranking add-on/ })).toContainText(
    'High risk',
  );
  const panel = page.getByRole('region', { name: 'EU AI Act classification' });
  await expect(panel).toContainText('rule pack eu-ai-act version 2026.12');
  await panel.getByRole('button', { name: 'Override the tier…' }).click();
  const override = page.getByRole('dialog', { name: 'Override the classification' });
  await override.getByLabel('Tier to apply').selectOption({ label: 'Limited risk (transparency)' });
  await override.getByRole('button', { name: 'Apply override' }).click();
  await expect(override.getByText(/Explain why you override the classification/)).toBeVisible();
  await override
    .getByRole('textbox', { name: 'Justification' })
    .fill('Legal counsel found the add-on is only used to sort, never to rank or reject candidates.');
  await override.getByLabel('Decided by').fill('Marieke de Vries');
  await override.getByRole('button', { name: 'Apply override' }).click();
  // The system profiles candidates: Art. 6(3), third subparagraph makes it always high-risk.
  await expect(override.getByRole('alert')).toContainText(
    'tick the acknowledgement naming Art. 6(3), third subparagraph',
  );
  await expect(override).toBeVisible();
  await snap(page, 'gov-10a-override-guard');
  await override.getByLabel(/I acknowledge that Art\. 6\(3\), third subparagraph excludes this tier/).check();
  await override.getByRole('button', { name: 'Apply override' }).click();
  await expect(override).toBeHidden();
  await expect(page.getByRole('note', { name: 'Override' })).toContainText(
    'Acknowledged: Art. 6(3), third subparagraph excludes this tier',
  );
  await expect(page.getByRole('note', { name: 'Override' })).toContainText(
    'Overridden to Limited risk (transparency) by Marieke de Vries',
  );
  await expect(page.getByRole('note', { name: 'Override' })).toContainText(
    'Original result of the wizard: High risk',
  );
  await expect(page.getByRole('heading', { level: 1, name: /Candidate ranking add-on/ })).toContainText(
    'overridden',
  );
  await snap(page, 'gov-10-override');

  await page.getByRole('link', { name: 'AI systems', exact: true }).first().click();
  await expect(
    page.getByRole('table', { name: 'AI systems' }).getByRole('row', { name: /Candidate ranking add-on/ }),
  ).toContainText('Limited risk · overridden');
});

test('incident regimes side by side: GDPR assessed not notifiable, then Art. 34; AI Act not applicable to a limited-risk system', async ({
  page,
}) => {
  await openWithDemo(page);
  await openGovernance(page, 'Incidents');
  await page
    .getByRole('table', { name: 'Incidents and concerns' })
    .getByRole('link', { name: 'CV of a candidate sent to the wrong client' })
    .click();
  const regimes = page.getByRole('region', { name: 'Reporting regimes' });
  const gdpr = regimes.getByRole('article', { name: 'GDPR: personal-data breach' });
  const aiAct = regimes.getByRole('article', { name: 'EU AI Act: serious incident' });
  await expect(gdpr).toContainText('To assess');
  await expect(gdpr).toContainText('the 72 hours to the data-protection authority run meanwhile');
  await expect(gdpr).toContainText(/left/);
  await expect(aiAct).toContainText('Not applicable');
  await expect(aiAct).toContainText(
    'Client email assistant is limited risk (transparency): Art. 73 covers high-risk AI systems only.',
  );
  await expect(aiAct).toContainText('Still advisable: tell the provider');
  await expect(aiAct.getByRole('link', { name: /Art\. 73/ })).toHaveAttribute(
    'href',
    /eur-lex\.europa\.eu\/.*#art_73$/,
  );
  await page.getByRole('heading', { name: 'Reporting regimes' }).scrollIntoViewIfNeeded();
  await snap(page, 'gov-11-incident-regimes');

  await page.getByLabel('Risk to people (GDPR assessment)').selectOption('unlikely');
  await expect(gdpr).toContainText('record the reasoning and who decided (Art. 33(5))');
  await page
    .getByLabel('Reasoning of the GDPR assessment')
    .fill(
      'One CV reached a client bound by confidentiality, who confirmed deletion in writing within the hour.',
    );
  await page.getByLabel('GDPR assessment decided by').fill('Marieke de Vries');
  await expect(gdpr).toContainText('Assessed: not notifiable');
  await expect(gdpr.getByRole('note', { name: /assessment/ })).toContainText('Decided by: Marieke de Vries');
  await expect(gdpr).not.toContainText(/Deadline/);
  await expect(gdpr).toContainText('Not needed');
  await page.getByRole('heading', { name: 'Reporting regimes' }).scrollIntoViewIfNeeded();
  await snap(page, 'gov-11a-incident-not-notifiable');

  await page.getByLabel('Risk to people (GDPR assessment)').selectOption('highRisk');
  await expect(gdpr).toContainText('Clock running');
  await page.getByLabel('Data-protection authority notified').fill(`${localDate(0)}T00:30`);
  await expect(gdpr).toContainText('Reported');
  await expect(gdpr.getByRole('region', { name: 'Telling the people concerned (Art. 34)' })).toContainText(
    'Needed',
  );
  await page.getByLabel('People concerned told').fill(`${localDate(0)}T00:45`);
  await expect(gdpr.getByRole('region', { name: 'Telling the people concerned (Art. 34)' })).toContainText(
    'Done',
  );
  await expectSaved(page);
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Reporting regimes' })
      .getByRole('article', { name: 'GDPR: personal-data breach' }),
  ).toContainText('Reported');
  await page.getByRole('heading', { name: 'Reporting regimes' }).scrollIntoViewIfNeeded();
  await snap(page, 'gov-11b-incident-art34');
});

test('incident clocks: a data breach counts down from detection, overdue in red; a new incident starts with nothing applicable', async ({
  page,
}) => {
  await openWithDemo(page);
  await openGovernance(page, 'Incidents');
  await page.getByRole('button', { name: 'New incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'New incident' });
  await dialog.getByLabel('Title').fill('Summary invented a degree');
  await dialog.getByLabel('Occurred').fill(`${localDate(-20)}T00:01`);
  await dialog.getByLabel('Detected (aware)').fill(`${localDate(-21)}T09:00`);
  await dialog.getByRole('button', { name: 'Create incident' }).click();
  await expect(
    dialog.getByText('An incident cannot be detected before it occurred: check both times'),
  ).toBeVisible();
  await dialog.getByLabel('Detected (aware)').fill(`${localDate(-20)}T00:05`);
  await dialog.getByLabel('Severity').selectOption({ label: 'Very serious' });
  await dialog.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary invented a degree' })).toBeVisible();
  const regimes = page.getByRole('region', { name: 'Reporting regimes' });
  const gdpr = regimes.getByRole('article', { name: 'GDPR: personal-data breach' });
  const aiAct = regimes.getByRole('article', { name: 'EU AI Act: serious incident' });
  await expect(gdpr).toContainText('Not applicable');
  await expect(aiAct).toContainText('To assess');
  await expect(aiAct).toContainText('No AI system is linked to this incident');

  await page.getByLabel('Personal-data breach (GDPR)').check();
  await expect(gdpr).toContainText(/Overdue by 17 days/);
  await expect(gdpr.locator('.regime__clock')).toHaveClass(/clock--overdue/);
  await page.getByLabel('Risk to people (GDPR assessment)').selectOption('risk');
  await page.getByLabel('Data-protection authority notified').fill(`${localDate(-2)}T15:00`);
  await expect(gdpr).toContainText(/reported .* \(late\)/);
  await expect(gdpr).toContainText('reasons for the delay (Art. 33(1))');

  await page.getByLabel('Detected (aware)').fill(`${localDate(-1)}T08:00`);
  await expect(
    page.getByText('It cannot have been notified to the data-protection authority before it was detected'),
  ).toBeVisible();
  await page.getByLabel('Data-protection authority notified').fill('');
  await page.getByLabel('Detected (aware)').fill('');
  await expect(
    page.getByText('Enter when the incident was detected: the reporting clocks start then'),
  ).toBeVisible();
  await page.getByLabel('Detected (aware)').fill(`${localDate(-1)}T08:00`);
  await expect(gdpr).toContainText(/(1 day|2 days) .*left/);
  await expect(gdpr.locator('.regime__clock')).not.toHaveClass(/clock--overdue/);
  await expectSaved(page);

  await page.getByRole('link', { name: 'Incidents', exact: true }).first().click();
  const row = page
    .getByRole('table', { name: 'Incidents and concerns' })
    .getByRole('row', { name: /Summary invented a degree/ });
  await expect(row).toContainText('GDPR (72 h)');

  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Governance items due' })
      .getByRole('row', { name: /Report incident: Summary invented a degree/ })
      .first(),
  ).toContainText('Brightside');
});

test('the wizard saves after a prohibited finding with the remaining steps not needed', async ({ page }) => {
  await openWithDemo(page);
  await openGovernance(page, 'AI systems');
  await page.getByRole('button', { name: 'New AI system' }).click();
  const dialog = page.getByRole('dialog', { name: 'New AI system' });
  await dialog.getByLabel('Name').fill('Warehouse mood camera');
  await dialog.getByRole('button', { name: 'Create AI system' }).click();
  await page.getByRole('link', { name: 'Classify with the EU AI Act wizard' }).click();
  const fGroup = page.getByRole('group', { name: /emotions of people at work/ });
  await expect(fGroup).toContainText(
    'a workplace camera for security that also infers stress or anger IS emotion recognition at work',
  );
  await fGroup.getByLabel('Yes').check();
  await expect(page.getByRole('navigation', { name: 'Classification steps' })).toContainText('Not needed');
  await expect(page.getByRole('navigation', { name: 'Classification steps' })).toContainText('Ready to save');
  await snap(page, 'gov-12a-wizard-prohibited-step');
  await page.getByRole('button', { name: 'Skip to the result: the rest is not needed' }).click();

  await expect(page.getByRole('heading', { name: 'Result for Warehouse mood camera' })).toBeVisible();
  const notNeeded = page.getByRole('status', { name: 'Not needed' });
  await expect(notNeeded).toContainText(
    'the remaining steps are not needed: Prohibited practices, High-risk uses, Transparency, Role, General-purpose AI',
  );
  await expect(page.locator('.wizard-body')).toContainText('Prohibited');
  await expect(page.locator('.wizard-body')).toContainText('Stop the use case');
  await snap(page, 'gov-12-wizard-prohibited-result');
  await page.getByRole('button', { name: 'Save classification' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Warehouse mood camera/ })).toContainText(
    'Prohibited',
  );
  const panel = page.getByRole('region', { name: 'EU AI Act classification' });
  await expect(panel).toContainText('A prohibited practice was found: the other');
  await expect(panel).toContainText('saved as not needed');
  await panel.getByRole('button', { name: 'Override the tier…' }).click();
  const override = page.getByRole('dialog', { name: 'Override the classification' });
  await override.getByLabel('Tier to apply').selectOption({ label: 'Minimal risk' });
  await expect(override).toContainText('Art. 5(1)(f) prohibits this practice outright');
  await override
    .getByRole('textbox', { name: 'Justification' })
    .fill('The vendor removed the emotion module; only people counting remains.');
  await override.getByRole('button', { name: 'Apply override' }).click();
  await expect(override.getByRole('alert')).toContainText('tick the acknowledgement naming Art. 5(1)(f)');
});
