import { expect, test, type Page } from '@playwright/test';
import { expectSaved, openWithDemo, snap, switchClient } from './helpers';

async function openVendors(page: Page) {
  await page.getByRole('link', { name: 'Vendors', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vendor evaluations' })).toBeVisible();
}

test('demo: the CV evaluation, its knock-out, the comparison, and the shared vendor in the library', async ({
  page,
}) => {
  await openWithDemo(page);
  await snap(page, 'vendors-00-overview');
  await openVendors(page);
  const list = page.getByRole('table', { name: 'Vendor evaluations' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await snap(page, 'vendors-01-list');
  // Contract facts are this client's: the DPA the library once called "signed" is Brightside's signature.
  const cvContract = page.getByRole('listitem', { name: 'Contract with CVSense' });
  await expect(cvContract.getByRole('checkbox', { name: 'DPA signed with CVSense' })).toBeChecked();
  await cvContract.getByLabel('Contract end').fill('2027-01-31');
  await expect(cvContract.getByLabel('Contract end')).toHaveValue('2027-01-31');
  await cvContract.scrollIntoViewIfNeeded();
  await snap(page, 'vendors-01b-contracts');
  await list.getByRole('link', { name: 'CV summarisation tool' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CV summarisation tool' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'read-only' })).toBeVisible();
  await expect(page.getByText(/TalentLens AI\s*is ruled out, whatever its score/)).toBeVisible();
  await snap(page, 'vendors-02-compare');
  await page.getByRole('tab', { name: 'Scores' }).click();
  await snap(page, 'vendors-03-scores');
  await page.getByRole('tab', { name: 'Knock-out gates' }).click();
  await page.getByRole('radio', { name: /TalentLens AI/ }).click();
  await snap(page, 'vendors-04-gates');
  await page.getByRole('tab', { name: 'Due diligence' }).click();
  await snap(page, 'vendors-05-dd');
  await page.getByRole('tab', { name: 'Criteria and weights' }).click();
  await snap(page, 'vendors-06-criteria');
  await page.getByRole('tab', { name: 'Details and vendors' }).click();
  await snap(page, 'vendors-07-details');
  await page.getByRole('tab', { name: 'History' }).click();
  await snap(page, 'vendors-08-history');

  await page.getByRole('link', { name: /Vendor library/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vendor library' })).toBeVisible();
  await expect(page.getByText('Cross-client view.')).toBeVisible();
  await snap(page, 'vendors-09-library');
  await page.getByRole('link', { name: 'Quillbridge' }).click();
  const usage = page.getByRole('table', { name: 'Clients using or evaluating Quillbridge' });
  await expect(usage).toContainText('Brightside Staffing');
  await expect(usage).toContainText('Nordhaven Precision Parts');
  await snap(page, 'vendors-10-profile');
  // Screen-sharing mode: client names and evaluation titles hidden, decisions still shown.
  await page.getByRole('button', { name: 'Hide client names (screen sharing)' }).click();
  await expect(usage).not.toContainText('Brightside');
  await expect(usage).not.toContainText('Nordhaven');
  await expect(usage).not.toContainText('Job posting drafting assistant');
  await expect(usage.getByRole('cell', { name: 'Client A', exact: true }).first()).toBeVisible();
  await expect(usage.getByRole('cell', { name: 'Client B', exact: true })).toBeVisible();
  await expect(usage).toContainText('Selected');
  await snap(page, 'vendors-10b-screen-sharing');
  await page.getByRole('button', { name: 'Show client names' }).click();
  await expect(usage).toContainText('Brightside Staffing');
  await page.getByRole('link', { name: 'Criteria templates' }).click();
  await snap(page, 'vendors-11-templates');
});

const CRITERIA = [
  "Quality on the client's own data",
  'Security and data handling',
  'Integration',
  'Total cost of ownership',
  'Support and reliability',
  'Vendor viability and lock-in',
  'EU AI Act / compliance posture',
];

async function scoreVendor(page: Page, vendor: string, scores: number[], noEvidenceFor?: string) {
  await page
    .getByRole('radiogroup', { name: 'Vendor to score' })
    .getByRole('radio', { name: vendor })
    .click();
  for (const [i, criterion] of CRITERIA.entries()) {
    await page.getByLabel(`${criterion} score for ${vendor}`, { exact: true }).fill(String(scores[i]));
    if (criterion !== noEvidenceFor)
      await page
        .getByLabel(`${criterion} evidence for ${vendor}`, { exact: true })
        .fill(`${vendor}: trial on 20 client letters (${criterion})`);
  }
  await expectSaved(page);
}

test('build an evaluation of three library vendors: score, knock out, compare, decide, reload, reopen, export', async ({
  page,
}) => {
  // The longest story in the suite (gates from the library, decisions with open points): on a busy machine it needs more than the default.
  test.setTimeout(420_000);
  await openWithDemo(page);
  await switchClient(page, 'Van Dijk');
  await openVendors(page);
  await expect(page.getByRole('heading', { name: /No vendor evaluations for Van Dijk/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start the first evaluation' }).click();

  const dialog = page.getByRole('dialog', { name: 'New vendor evaluation' });
  await dialog.getByRole('button', { name: 'Create evaluation' }).click();
  await expect(dialog.getByText('An evaluation needs at least one vendor.')).toBeVisible();
  await dialog.getByLabel('Evaluation title').fill('Client letter drafting');
  await dialog.getByLabel('Use case').selectOption({ label: 'Booking receipts and invoices' });
  // A vendor that is already in the library: offered for reuse instead of a duplicate.
  await dialog.getByRole('button', { name: 'New vendor in library…' }).click();
  const newVendor = page.getByRole('dialog', { name: 'New vendor in the library' });
  await newVendor.getByLabel('Vendor name').fill('  quillbridge ');
  await newVendor.getByRole('button', { name: 'Add to library' }).click();
  await expect(
    newVendor.getByText('A vendor named "Quillbridge" is already in your library.', { exact: false }),
  ).toBeVisible();
  await snap(page, 'vendors-20-duplicate-vendor');
  await newVendor.getByRole('button', { name: 'Use the existing vendor “Quillbridge”' }).click();
  await expect(dialog.getByRole('checkbox', { name: /Quillbridge/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /Replywise/ }).check();
  await dialog.getByRole('checkbox', { name: /TalentLens AI/ }).check();
  await snap(page, 'vendors-21-new-evaluation');
  await dialog.getByRole('button', { name: 'Create evaluation' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Client letter drafting' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Scores' })).toHaveAttribute('aria-selected', 'true');
  // Bad scores are refused with a message and not stored.
  await page
    .getByRole('radiogroup', { name: 'Vendor to score' })
    .getByRole('radio', { name: 'Quillbridge' })
    .click();
  const quality = page.getByLabel(`${CRITERIA[0]} score for Quillbridge`, { exact: true });
  await quality.fill('0');
  await expect(page.getByText('Score must be a whole number from 1 to 5')).toBeVisible();
  await quality.fill('6');
  await expect(page.getByText('Score must be a whole number from 1 to 5')).toBeVisible();
  await snap(page, 'vendors-22-bad-score');
  await scoreVendor(page, 'Quillbridge', [4, 4, 3, 3, 4, 4, 4]);
  await scoreVendor(page, 'Replywise', [4, 5, 4, 4, 3, 2, 3]);
  await scoreVendor(page, 'TalentLens AI', [5, 5, 5, 5, 5, 5, 5], 'Support and reliability');
  await expect(page.getByText('Unverified: no evidence')).toBeVisible();
  await expect(page.getByText('1 unverified')).toBeVisible();
  await snap(page, 'vendors-23-scores');

  // Knock-out gate from the library profile: TalentLens trains on customer data.
  await page.getByRole('tab', { name: 'Knock-out gates' }).click();
  await page
    .getByRole('radiogroup', { name: 'Vendor to check' })
    .getByRole('radio', { name: /TalentLens AI/ })
    .click();
  await page
    .getByRole('button', { name: 'Use the suggestion for Trains on customer data without opt-out' })
    .click();
  await expect(page.getByText('TalentLens AI is ruled out, whatever its score.')).toBeVisible();
  await expect(
    page.getByText(
      /Fails the knock-out gate “Trains on customer data without opt-out”: From the vendor profile: trains on customer data, no opt-out/,
    ),
  ).toBeVisible();
  await snap(page, 'vendors-24-knockout');
  // A gate from the library, with its own pass rule: EU data residency.
  await page.getByLabel('Add a gate from the library').selectOption({ label: 'Data leaves the EU' });
  await page.getByRole('button', { name: 'Add gate' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Data leaves the EU' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove gate Data leaves the EU' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Remove the gate “Data leaves the EU”?' })
      .getByRole('button', { name: 'Cancel' }),
  ).toBeFocused();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove gate' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Data leaves the EU' })).toBeHidden();

  // Due diligence: the user adds a question and answers it.
  await page.getByRole('tab', { name: 'Due diligence' }).click();
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByText('Question text is required')).toBeVisible();
  await page.getByLabel('Topic').selectOption('model-and-product');
  await page
    .getByLabel('Question', { exact: true })
    .fill('Can letters be drafted in Dutch and English with our house style?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page
    .getByRole('radiogroup', { name: 'Vendor whose answers to show' })
    .getByRole('radio', { name: 'Replywise' })
    .click();
  const custom = page
    .getByRole('listitem')
    .filter({ hasText: 'Can letters be drafted in Dutch and English' });
  await custom
    .getByLabel('Answer from Replywise', { exact: true })
    .fill('Yes, with a style guide per mailbox.');
  await custom.getByLabel('Judgement of the answer from Replywise').selectOption('yes');
  await expect(page.getByText('1 of 21 answered')).toBeVisible();
  await snap(page, 'vendors-24b-due-diligence');

  // Weights must total 100: a clear message and nothing stored.
  await page.getByRole('tab', { name: 'Criteria and weights' }).click();
  await page.getByLabel(`Weight of ${CRITERIA[0]} (%)`).fill('30');
  await expect(page.getByText('Criteria weights must total 100. They now total 105.')).toBeVisible();
  await page.getByRole('button', { name: 'Save criteria' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The criteria were not saved.' })).toBeVisible();
  await snap(page, 'vendors-25-bad-weights');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel(`Weight of ${CRITERIA[0]} (%)`)).toHaveValue('25');

  // Compare: the knocked-out vendor ranks last whatever its score.
  await page.getByRole('tab', { name: 'Compare and decide' }).click();
  const compare = page.getByRole('table', { name: 'Vendor comparison' });
  await expect(compare.getByRole('columnheader')).toHaveText([
    'Item',
    '#1 Replywise',
    '#2 Quillbridge',
    '#3 TalentLens AIRuled out',
  ]);
  await expect(compare.getByRole('row', { name: /Weighted score/ })).toContainText('3.85');
  await expect(page.getByRole('figure', { name: /Scores per criterion/ })).toBeVisible();
  await snap(page, 'vendors-26-compare');
  await page.getByRole('heading', { name: 'Decisions' }).scrollIntoViewIfNeeded();
  await snap(page, 'vendors-26b-chart');

  // Decisions: rationale required; a knocked-out vendor can only be rejected.
  await page.getByRole('button', { name: 'Record decision for Replywise' }).click();
  let decision = page.getByRole('dialog', { name: 'Decision on Replywise' });
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(
    decision.getByText('A decision needs a rationale: explain why in a sentence or two.'),
  ).toBeVisible();
  await decision.getByLabel('Rationale').fill('Best eligible score; Outlook add-in; EU-only processing.');
  // Open points are listed, and deciding with them needs a confirmation.
  const gapList = decision.getByRole('group', { name: 'Still open for Replywise' });
  await expect(gapList).toContainText('Knock-out gates not confirmed (5)');
  await expect(gapList).toContainText('Due-diligence questions without an answer (20)');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.getByRole('alert')).toContainText('Confirm that you decide with these open points');
  await snap(page, 'vendors-26c-decision-open-points');
  await decision.getByRole('checkbox', { name: /Decide with these open points/ }).check();
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText('Decision on Replywise recorded. Still open:')).toBeVisible();
  await page.getByRole('button', { name: 'Record decision for TalentLens AI' }).click();
  decision = page.getByRole('dialog', { name: 'Decision on TalentLens AI' });
  await decision.getByRole('radio', { name: 'Selected' }).click();
  await decision.getByLabel('Rationale').fill('Highest score');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.getByText(/TalentLens AI cannot be selected/)).toBeVisible();
  await decision.getByRole('radio', { name: 'Rejected' }).click();
  await decision.getByLabel('Rationale').fill('Trains on client data without opt-out.');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision).toBeHidden();
  await page.getByRole('button', { name: 'Mark as decided' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Still open: Quillbridge' })).toBeVisible();
  await page.getByRole('button', { name: 'Record decision for Quillbridge' }).click();
  decision = page.getByRole('dialog', { name: 'Decision on Quillbridge' });
  await decision.getByRole('radio', { name: 'Shortlisted' }).click();
  await decision.getByLabel('Rationale').fill('Fallback if Replywise is acquired.');
  await decision.getByRole('checkbox', { name: /Decide with these open points/ }).check();
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision).toBeHidden();
  await page.getByRole('button', { name: 'Mark as decided' }).click();
  const confirmDecided = page.getByRole('dialog', { name: 'Mark as decided with open points?' });
  await expect(confirmDecided.getByRole('list', { name: 'Open points' }).getByRole('listitem')).toHaveText([
    'Quillbridge: 5 gates unknown, 21 questions open',
    'Replywise: 5 gates unknown, 20 questions open',
  ]);
  await expect(confirmDecided.getByRole('button', { name: 'Go back and complete' })).toBeFocused();
  await snap(page, 'vendors-26d-decided-open-points');
  await confirmDecided.getByRole('button', { name: 'Mark as decided anyway' }).click();
  await expect(page.getByText('The evaluation is decided and now read-only.')).toBeVisible();
  await expectSaved(page);

  // Reload: everything is still there, and read-only.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Client letter drafting' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'read-only' })).toBeVisible();
  await expect(compare.getByRole('row', { name: /^Decision/ })).toContainText(['Selected']);
  await expect(compare.getByRole('row', { name: /^Decision/ })).toContainText('Shortlisted');
  await expect(page.getByText('Best eligible score; Outlook add-in; EU-only processing.')).toBeVisible();
  await snap(page, 'vendors-27-decided');
  await page.getByRole('tab', { name: 'Scores' }).click();
  await page
    .getByRole('radiogroup', { name: 'Vendor to score' })
    .getByRole('radio', { name: 'Replywise' })
    .click();
  await expect(
    page.getByLabel(`Security and data handling score for Replywise`, { exact: true }),
  ).toHaveValue('5');
  await expect(
    page.getByLabel(`Security and data handling score for Replywise`, { exact: true }),
  ).toBeDisabled();
  await expect(page.getByLabel(`Integration evidence for Replywise`, { exact: true })).toHaveValue(
    'Replywise: trial on 20 client letters (Integration)',
  );
  await page.getByRole('tab', { name: 'Due diligence' }).click();
  await page
    .getByRole('radiogroup', { name: 'Vendor whose answers to show' })
    .getByRole('radio', { name: 'Replywise' })
    .click();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Can letters be drafted in Dutch and English' })
      .getByLabel('Answer from Replywise', { exact: true }),
  ).toHaveValue('Yes, with a style guide per mailbox.');

  // Export the evaluation as CSV: in Van Dijk's report language, Dutch (what was typed stays as typed).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Van Dijk - Client letter drafting - leveranciersevaluatie.csv');
  const csv = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  expect(csv).toContain(
    'Leverancier,Rang,Soort,Onderdeel,Weging (%),Waarde,Gewogen punten,Bewijs / notitie,Status',
  );
  expect(csv).toContain('Replywise,1,Totaal,Gewogen gemiddelde (1-5),100,3.85');
  expect(csv).toContain('Afgevallen op knock-outcriterium');

  // Reopen with a reason: recorded in the history.
  await page.getByRole('button', { name: 'Reopen…' }).click();
  const reopen = page.getByRole('dialog', { name: 'Reopen this evaluation?' });
  await reopen.getByRole('button', { name: 'Reopen evaluation' }).click();
  await expect(reopen.getByText('Give a reason for reopening this evaluation')).toBeVisible();
  await reopen.getByLabel('Reason for reopening').fill('Replywise changed its pricing.');
  await reopen.getByRole('button', { name: 'Reopen evaluation' }).click();
  await expect(page.getByLabel('Evaluation status')).toHaveValue('in-review');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('table', { name: 'Evaluation history' }).getByRole('row').nth(1)).toContainText(
    'Replywise changed its pricing.',
  );
  await snap(page, 'vendors-28-history');
});

test('vendor library: add a profile, duplicates offered for reuse, facts saved, templates with weights that must total 100', async ({
  page,
}) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: /Vendor library/ }).click();
  await page.getByRole('button', { name: 'New vendor' }).click();
  let dialog = page.getByRole('dialog', { name: 'New vendor in the library' });
  await dialog.getByLabel('Vendor name').fill('CVSENSE');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'A vendor named "CVSense" is already in your library.',
  );
  await dialog.getByRole('button', { name: 'Open the existing profile “CVSense”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CVSense' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Clients using or evaluating CVSense' })).toContainText(
    'Brightside Staffing',
  );

  await page.getByRole('link', { name: 'Vendors', exact: true }).click();
  await page.getByRole('button', { name: 'New vendor' }).click();
  dialog = page.getByRole('dialog', { name: 'New vendor in the library' });
  await dialog.getByLabel('Vendor name').fill('LedgerLens');
  await dialog.getByLabel('Product').fill('LedgerLens Review');
  await dialog.getByLabel('Category').selectOption('llm-platform');
  await dialog.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LedgerLens' })).toBeVisible();
  await page.getByLabel('Headquarters / jurisdiction').fill('Netherlands');
  await page.getByLabel('Data locations').fill('EU (Amsterdam), EU (Paris)');
  // The library says whether a DPA is offered; "signed" is each client's contract fact, not offered here.
  await expect(page.getByLabel('DPA', { exact: true }).locator('option')).toHaveText([
    'Unknown',
    'Not available',
    'Available',
  ]);
  await page.getByLabel('DPA', { exact: true }).selectOption('available');
  await page.getByLabel('Trains on customer data').selectOption('contractually-no');
  await page.getByRole('checkbox', { name: 'ISO/IEC 27001' }).check();
  await page.getByLabel('Add a sub-processor').fill('Aurora Models');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Aurora Models is the Model provider' }).check();
  await page.getByLabel('Aurora Models location').fill('EU (Paris)');
  await page.getByLabel('Contact email').fill('not an email');
  await expect(page.getByText('Contact email must be a valid email address')).toBeVisible();
  await page.getByLabel('Contact email').fill('sales@ledgerlens.example');
  await page.getByLabel('Vendor name').fill('Replywise');
  await expect(
    page.getByText('A vendor named "Replywise" is already in your library.', { exact: false }),
  ).toBeVisible();
  await page.getByLabel('Vendor name').fill('LedgerLens');
  await expectSaved(page);
  await snap(page, 'vendors-30-new-profile');
  await page
    .getByRole('region', { name: 'Sub-processors' })
    .screenshot({ path: 'test/artifacts/screens/vendors-30b-subprocessors.png' });

  await page.reload();
  await expect(page.getByLabel('Vendor name')).toHaveValue('LedgerLens');
  await expect(page.getByLabel('Data locations')).toHaveValue('EU (Amsterdam), EU (Paris)');
  await expect(page.getByLabel('DPA', { exact: true })).toHaveValue('available');
  await expect(page.getByRole('checkbox', { name: 'ISO/IEC 27001' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Aurora Models is the Model provider' })).toBeChecked();
  await expect(page.getByLabel('Contact email')).toHaveValue('sales@ledgerlens.example');
  await expect(page.getByText('Not used in any client evaluation yet.')).toBeVisible();

  await page.getByRole('link', { name: 'Vendors', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search vendors' }).fill('aurora');
  const library = page.getByRole('table', { name: 'Vendor library' });
  await expect(library.getByRole('row')).toHaveCount(3);
  await expect(library).toContainText('LedgerLens');
  await expect(library).toContainText('CVSense');

  // Templates: weights must total 100 before a template is saved.
  await page.getByRole('link', { name: 'Criteria templates' }).click();
  await page.getByRole('button', { name: 'New template' }).click();
  const save = page.getByRole('dialog', { name: 'Save criteria as a template' });
  await save.getByLabel('Template name').fill('Candidate data heavy (HR tools)');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(
    save.getByText('A template named "Candidate data heavy (HR tools)" already exists.'),
  ).toBeVisible();
  await save.getByLabel('Template name').fill('Accountancy');
  await save.getByRole('button', { name: 'Save template' }).click();
  await page.getByRole('button', { name: 'Edit Accountancy' }).click();
  await page.getByLabel(`Weight of ${CRITERIA[0]} (%)`).fill('40');
  await page.getByLabel(`Weight of ${CRITERIA[6]} (%)`).fill('abc');
  await expect(page.getByText('Enter a weight from 0 to 100')).toBeVisible();
  await page.getByLabel(`Weight of ${CRITERIA[6]} (%)`).fill('10');
  await expect(page.getByText('Criteria weights must total 100. They now total 120.')).toBeVisible();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('button', { name: 'Save template' })).toBeVisible();
  await snap(page, 'vendors-31-template-weights');
  await page.getByRole('button', { name: 'Scale weights to 100%' }).click();
  await expect(page.getByLabel(`Weight of ${CRITERIA[0]} (%)`)).toHaveValue('33');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('table', { name: 'Criteria of Accountancy' })).toContainText('33%');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Criteria of Accountancy' })).toContainText('33%');
});

test('a client’s scores, evidence and decisions never appear in another client’s screens', async ({
  page,
}) => {
  const brightsideOnly = [
    'Trial: 36 of 40 complete',
    'Same 50 emails',
    'OpenModel models; 30 days notice',
    'Only vendor that passes every gate',
    'CV summarisation tool',
    'Client email answering',
    'Job posting drafting assistant',
  ];
  const expectNone = async () => {
    const text = await page.locator('main').innerText();
    for (const fragment of brightsideOnly) expect(text).not.toContain(fragment);
  };
  await openWithDemo(page);
  await switchClient(page, 'Nordhaven Precision Parts');
  await expectNone();
  await openVendors(page);
  await expect(page.getByRole('table', { name: 'Vendor evaluations' }).getByRole('row')).toHaveCount(2);
  await expectNone();
  await page.getByRole('link', { name: 'Maintenance knowledge assistant' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Maintenance knowledge assistant' }),
  ).toBeVisible();
  for (const tab of [
    'Compare and decide',
    'Scores',
    'Knock-out gates',
    'Due diligence',
    'Details and vendors',
    'History',
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    if (['Scores', 'Knock-out gates', 'Due diligence'].includes(tab)) {
      await page.getByRole('radio', { name: 'Quillbridge' }).click();
    }
    await expectNone();
  }
  await page.getByRole('tab', { name: 'Scores' }).click();
  await expect(page.getByLabel(`${CRITERIA[0]} evidence for Quillbridge`, { exact: true })).toHaveValue(
    'Pilot on 30 manuals: 27 of 30 answers correct with source.',
  );
  // The shared vendor's CSV of this client carries only this client's scores.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await (await import('node:fs/promises')).readFile((await (await download).path())!, 'utf8');
  expect(csv).toContain('Pilot on 30 manuals');
  for (const fragment of brightsideOnly) expect(csv).not.toContain(fragment);

  // Another client's evaluation cannot be opened under this client's URL.
  await page.goto('/#/clients/demo-client-nordhaven/vendors/demo-eval-cv-summaries');
  await expect(
    page.getByRole('heading', { name: 'This evaluation does not exist for Nordhaven Precision Parts' }),
  ).toBeVisible();
  await expectNone();

  // The library is the one cross-client view: it names both clients, but shows no scores or notes.
  await page.getByRole('link', { name: /Vendor library/ }).click();
  await page.getByRole('link', { name: 'Quillbridge' }).click();
  const usage = page.getByRole('table', { name: 'Clients using or evaluating Quillbridge' });
  await expect(usage).toContainText('Brightside Staffing');
  await expect(usage).toContainText('Nordhaven Precision Parts');
  const libraryText = await page.locator('main').innerText();
  for (const fragment of ['Same 50 emails', 'Pilot on 30 manuals', 'Ready now, EU data residency'])
    expect(libraryText).not.toContain(fragment);
});
