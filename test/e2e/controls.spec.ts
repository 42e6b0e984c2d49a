import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, expectSaved, openWithDemo, snap, dutchLongToday } from './helpers';
import { pdfText, printRouteToPdf, renderPages } from './pdf';

/** Clicks something that downloads a file; returns its saved path. */
async function download(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = `${dir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return path;
}

test('apply the control library to a new client, decide applicability, attach evidence, export the Statement of Applicability', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const dir = `${ARTIFACTS}/soa`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Client name').fill('Harbour Dental Group');
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('button', { name: /Current client Harbour Dental Group/ })).toBeVisible();

  await page.getByRole('link', { name: 'AI management system' }).click();
  await page.getByRole('button', { name: 'Apply the control library' }).click();
  const coverage = page.getByRole('table', { name: 'Coverage per framework' });
  await expect(coverage).toBeVisible();
  const iso = coverage.getByRole('row', { name: /ISO\/IEC 42001/ });
  // 27 mandatory clauses + 38 Annex A controls, none decided, nothing implemented.
  await expect(iso).toContainText('65');
  await expect(iso.locator('[data-figure="undecided"]')).toHaveText('38');
  await expect(iso.locator('[data-figure="readiness"]')).toHaveText('0%');
  await expect(page.getByText('How readiness is scored.')).toBeVisible();

  // Applicability: exclude one Annex A control with a reason, include another.
  await page
    .getByRole('navigation', { name: 'AI management system' })
    .getByRole('link', { name: 'Applicability' })
    .click();
  await page.getByRole('button', { name: 'Decide A.6.1.2' }).click();
  let decide = page.getByRole('dialog', { name: /Applicability of ISO\/IEC 42001 A.6.1.2/ });
  await decide.getByRole('radio', { name: 'Excluded' }).check();
  await decide.getByLabel('Why it is excluded').fill('short');
  await decide.getByRole('button', { name: 'Save decision' }).click();
  await expect(decide.getByRole('alert')).toContainText('Say why this requirement is excluded');
  await decide
    .getByLabel('Why it is excluded')
    .fill('The practice builds no AI systems; it uses vendor tools only.');
  await decide.getByRole('button', { name: 'Save decision' }).click();
  await expect(decide).toBeHidden();
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'A.6.1.2', exact: true }) }),
  ).toContainText('Excluded');

  await page.getByRole('button', { name: 'Decide A.6.2.8' }).click();
  decide = page.getByRole('dialog', { name: /Applicability of ISO\/IEC 42001 A.6.2.8/ });
  await decide.getByRole('checkbox', { name: 'Legal or regulatory' }).check();
  await decide.getByRole('button', { name: 'Save decision' }).click();
  await expect(decide).toBeHidden();
  const logsRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'A.6.2.8', exact: true }) });
  await expect(logsRow).toContainText('Applicable');
  await snap(page, 'controls-applicability');

  // The control behind A.6.2.8: implemented, with a file as evidence.
  await logsRow.getByRole('link', { name: /Logs of AI systems kept/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Logs of AI systems kept/ })).toBeVisible();
  await page.getByLabel('Implementation status').selectOption('implemented');
  await page.getByLabel('Owner', { exact: true }).fill('Dr. Anna Kok (Practice manager)');
  await expectSaved(page);
  const evidence = page.getByRole('form', { name: 'Add evidence' });
  writeFileSync(`${dir}/tool.exe`, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
  await evidence.getByRole('button', { name: 'File', exact: true }).setInputFiles(`${dir}/tool.exe`);
  await expect(evidence.getByRole('alert')).toContainText('not accepted as evidence');
  await evidence.getByRole('button', { name: 'File', exact: true }).setInputFiles('test/fixtures/logo.png');
  await evidence.getByLabel('Evidence title').fill('Screenshot of the log retention setting');
  await evidence.getByLabel('Valid until').fill('2099-12-31');
  await evidence.getByLabel('Provided by').fill('IT supplier');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByRole('table', { name: 'Evidence' })).toContainText(
    'Screenshot of the log retention setting',
  );
  await expect(page.getByRole('table', { name: 'Evidence' })).toContainText('Current');
  await snap(page, 'controls-detail');

  await page
    .getByRole('navigation', { name: 'AI management system' })
    .getByRole('link', { name: 'Readiness' })
    .click();
  await expect(iso.locator('[data-figure="implemented"]')).toHaveText('1');
  await expect(iso.locator('[data-figure="evidenced"]')).toHaveText('1');
  await expect(iso.locator('[data-figure="excluded"]')).toHaveText('1');
  await snap(page, 'controls-readiness');

  const docx = await download(
    page,
    () => page.getByRole('button', { name: 'Statement of Applicability (.docx)' }).click(),
    dir,
  );
  expect(docx).toMatch(/\.docx$/);
  const csv = readFileSync(
    await download(
      page,
      () => page.getByRole('button', { name: 'Statement of Applicability (CSV)' }).click(),
      dir,
    ),
    'utf8',
  );
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(
    'Annex A,Control,Applicable,Justification,Implementation,Implemented by,Owner,Evidence',
  );
  expect(lines).toHaveLength(39);
  expect(lines.find((l) => l.startsWith('A.6.1.2,'))).toContain(
    'Excluded: The practice builds no AI systems',
  );
  expect(lines.find((l) => l.startsWith('A.6.2.8,'))).toContain('Implemented, evidenced');

  // Open the Word file with LibreOffice and render its first page to look at.
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Statement of Applicability');
  expect(text).toContain('Harbour Dental Group');
  expect(text).toContain('A.6.2.8');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, `${dir}/soa-page`]);

  // The client reads Dutch: the same SoA, in Dutch, in both files (file name, headers, values, dates).
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Report language').selectOption('nl');
  await page.getByRole('link', { name: 'AI management system' }).click();
  const dutchCsv = await download(
    page,
    () => page.getByRole('button', { name: 'Statement of Applicability (CSV)' }).click(),
    dir,
  );
  expect(dutchCsv).toContain('Verklaring van toepasselijkheid');
  const dutchLines = readFileSync(dutchCsv, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(dutchLines[0]).toBe(
    'Bijlage A,Beheersmaatregel,Van toepassing,Onderbouwing,Invoering,Ingevoerd door,Eigenaar,Bewijs',
  );
  expect(dutchLines.find((l) => l.startsWith('A.6.1.2,'))).toContain(
    'Uitgesloten: The practice builds no AI systems',
  );
  expect(dutchLines.find((l) => l.startsWith('A.6.2.8,'))).toContain('Ingevoerd, aangetoond');
  const dutchDocx = await download(
    page,
    () => page.getByRole('button', { name: 'Statement of Applicability (.docx)' }).click(),
    dir,
  );
  const documentXml = execFileSync('unzip', ['-p', dutchDocx, 'word/document.xml'], { encoding: 'utf8' });
  const longToday = dutchLongToday();
  for (const dutch of [
    'Verklaring van toepasselijkheid',
    'Reikwijdte van het AI-managementsysteem',
    longToday,
  ])
    expect(documentXml).toContain(dutch);
  expect(documentXml).not.toContain('Statement of Applicability');
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Report language').selectOption('en');

  // The board report has the readiness slide, with this client's figures.
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByRole('button', { name: 'Create report' }).click();
  const slide = page.getByRole('region', { name: /Slide \d+: AI management system readiness/ });
  await expect(slide).toContainText('ISO/IEC 42001 readiness');
  await expect(slide).toContainText('1 of 19 controls implemented');
  await slide.scrollIntoViewIfNeeded();
  await snap(page, 'controls-readiness-slide-new-client');
});

test("the staffing firm's readiness slide tells its story: partly implemented, one piece of evidence expired", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openWithDemo(page);
  await page.getByRole('link', { name: 'AI management system' }).click();
  const iso = page
    .getByRole('table', { name: 'Coverage per framework' })
    .getByRole('row', { name: /ISO\/IEC 42001/ });
  await expect(iso.locator('[data-figure="excluded"]')).toHaveText('4');
  await expect(iso.locator('[data-figure="undecided"]')).toHaveText('0');
  await expect(page.getByRole('region', { name: /^Gaps/ })).toContainText(
    'Risk assessment CV summaries (pilot start)',
  );
  await snap(page, 'controls-demo-readiness');
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByRole('button', { name: 'Create report' }).click();
  const slide = page.getByRole('region', { name: /Slide \d+: AI management system readiness/ });
  await expect(slide).toContainText('Evidence expired: AI risk assessment per system');
  await expect(slide).toContainText('Risk assessment CV summaries (pilot start): expired');
  const reportId = page.url().split('/').pop()!;
  const printPage = await context.newPage();
  const dir = `${ARTIFACTS}/report-readiness`;
  mkdirSync(dir, { recursive: true });
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, `${dir}/report.pdf`);
  expect(pdfText(`${dir}/report.pdf`)).toContain('AI management system readiness');
  renderPages(`${dir}/report.pdf`, 'report-readiness/pages');

  // Policy versions: the diff between 1.0 and 1.1, who acknowledged which, and recording one more.
  await page.getByRole('link', { name: 'Governance' }).click();
  await page
    .getByRole('navigation', { name: 'Governance' })
    .getByRole('link', { name: /Policies/ })
    .click();
  await page.getByRole('link', { name: 'Acceptable use of AI tools' }).click();
  const versions = page.getByRole('region', { name: /Kept texts and acknowledgements/ });
  await expect(versions.getByLabel('Changes from 1.0 to 1.1').locator('ins')).toContainText([
    'Tell candidates when AI helped',
  ]);
  await versions.getByLabel('Record who acknowledged 1.1').selectOption({ label: 'Account managers' });
  await expect(versions.getByRole('table', { name: 'Kept texts of the policy' })).toContainText(
    'Account managers',
  );
  await snap(page, 'controls-policy-versions');
});
