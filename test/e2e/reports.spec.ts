import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import {
  ARTIFACTS,
  openWithDemo,
  putRecords,
  readStore,
  snap,
  switchClient,
  dutchLongToday,
} from './helpers';
import { pdfInfo, pdfText, printRouteToPdf, renderPages } from './pdf';

const OUT = `${ARTIFACTS}/report`;

test('board update: create, edit, export PDF and PPTX, re-export exactly', async ({ page, context }) => {
  test.setTimeout(360_000); // two exports, LibreOffice and a reopened version on a busy machine
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByLabel('Period type').selectOption('quarter');
  const periodLabel = await page
    .getByLabel('Period', { exact: true })
    .locator('option:checked')
    .textContent();
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('heading', { name: `Board update · ${periodLabel}` })).toBeVisible();

  await page.getByLabel('Headline 1').fill('Three pilots measured; job postings ready to scale.');
  await page
    .getByLabel('Decisions requested')
    .fill('Approve scaling job-posting drafting\nApprove the acceptable-use policy');
  await page.getByRole('button', { name: 'Move Incidents up' }).click();
  await expect(page.getByRole('region', { name: /Slide 2: Executive summary/ })).toContainText(
    'Three pilots measured',
  );
  await snap(page, '20-report-editor');

  const reportUrl = page.url();
  const reportId = reportUrl.split('/').pop()!;
  // The overall status starts unset, with a suggestion: no export until it is chosen.
  await expect(page.getByLabel('Overall status')).toHaveValue('unset');
  await expect(page.getByText(/Suggested from the registers:/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  await page.getByLabel('Overall status').selectOption('amber');
  // A cancelled export traps nothing: in a browser the report freezes only once the user says the file is saved.
  let popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await (await popup).close();
  await page.getByRole('button', { name: 'No, it was not saved' }).click();
  await expect(page.getByText('Not frozen: the report stays a draft.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
  popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await (await popup).close();
  await page.getByRole('button', { name: 'Yes, the file is saved: freeze the report' }).click();
  await expect(page.getByRole('button', { name: 'Re-export PDF' })).toBeVisible();

  const printPage = await context.newPage();
  const pdf = `${OUT}/board-update.pdf`;
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const slideCount = await printPage.locator('section.slide').count();
  const info = pdfInfo(pdf);
  expect(info).toEqual({ pages: slideCount, width: 960, height: 540 });
  const text = pdfText(pdf);
  expect(text).toContain('Brightside Staffing');
  expect(text).toContain(`AI progress update · ${periodLabel}`);
  expect(text).toContain('Three pilots measured; job postings ready to scale.');
  expect(text).toContain('Approve scaling job-posting drafting');
  expect(text).toMatch(/Pilots running: \d+ of a limit of 3/);
  for (const other of ['Van Dijk', 'Nordhaven']) expect(text).not.toContain(other);
  expect(renderPages(pdf, 'report/pages')).toHaveLength(slideCount);

  // Frozen: changing the registers does not change the exported report.
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Client name').fill('Brightside Staffing Group');
  await page.getByLabel('Pilot limit').fill('4');
  await page.goto(reportUrl);
  await expect(page.getByText(/Exported and frozen/)).toBeVisible();
  const again = `${OUT}/board-update-again.pdf`;
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, again);
  expect(pdfText(again)).toEqual(text);

  // PPTX: native slides, the same number of 16:9 pages when LibreOffice opens it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Re-export PPTX' }).click();
  const pptx = `${OUT}/board-update.pptx`;
  await (await download).saveAs(pptx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', `${OUT}/pptx`, pptx], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const converted = pdfInfo(`${OUT}/pptx/board-update.pdf`);
  expect(converted.pages).toBe(slideCount);
  expect(converted.width / converted.height).toBeCloseTo(16 / 9, 2);
  expect(pdfText(`${OUT}/pptx/board-update.pdf`)).toContain('Brightside Staffing');
  renderPages(`${OUT}/pptx/board-update.pdf`, 'report/pptx-pages');

  // Reopened as a new version: all edits carried over, the exported one kept in the history.
  await page.getByRole('button', { name: 'Reopen as a new version' }).click();
  await expect(
    page.getByRole('heading', { name: `Board update · ${periodLabel} · version 2` }),
  ).toBeVisible();
  await expect(page.getByLabel('Headline 1')).toHaveValue(
    'Three pilots measured; job postings ready to scale.',
  );
  await expect(page.getByLabel('Overall status')).toHaveValue('amber');
  await expect(page.getByRole('region', { name: /Slide 2: Executive summary/ })).toContainText(
    `Since the last report (${periodLabel})`,
  );

  // The next report compares with the exported one.
  await page.getByRole('link', { name: 'Board reports' }).click();
  await expect(page.getByRole('table', { name: 'Board reports' })).toContainText('(frozen)');
  await expect(page.getByRole('table', { name: 'Board reports' })).toContainText(
    `${periodLabel} · version 2`,
  );
  await page.getByRole('button', { name: 'Create report' }).click();
  const summary = page.getByRole('region', { name: /Slide 2: Executive summary/ });
  await expect(summary).toContainText(`Since the last report (${periodLabel})`);
  await expect(summary).toContainText('No changes to the portfolio or registers.');
});

test('a client without data gets plain “nothing yet” slides, never another client’s data', async ({
  page,
  context,
}) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('dialog', { name: 'New client' }).getByLabel('Client name').fill('Empty Example BV');
  await page.getByRole('button', { name: 'Create client' }).click();
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('heading', { name: /Board update ·/ })).toBeVisible();
  // Empty slides are marked and left out unless kept.
  await expect(page.getByRole('list').getByText('No content: left out').first()).toBeVisible();
  await page.getByLabel('Keep Portfolio at a glance even though it is empty').click(); // saved, then shown checked
  await expect(page.getByLabel('Keep Portfolio at a glance even though it is empty')).toBeChecked();
  const reportId = page.url().split('/').pop()!;
  const printPage = await context.newPage();
  const pdf = `${OUT}/empty-client.pdf`;
  mkdirSync(OUT, { recursive: true });
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const text = pdfText(pdf);
  expect(text).toContain('No AI use cases are recorded for Empty Example BV yet.');
  expect(text).not.toContain('No pilot was running or decided');
  expect(pdfInfo(pdf).pages).toBe(3);
  for (const other of ['Brightside', 'Van Dijk', 'Nordhaven']) expect(text).not.toContain(other);
  renderPages(pdf, 'report/empty-pages');
});

test('a portfolio of 31 use cases: every number on the map is named, the key continues on its own slide', async ({
  page,
  context,
}) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('dialog', { name: 'New client' }).getByLabel('Client name').fill('Wide Portfolio BV');
  await page.getByRole('button', { name: 'Create client' }).click();
  // A new client opens on its profile.
  await expect(page.getByRole('heading', { level: 1, name: 'Client profile' })).toBeVisible();
  const clientId = page.url().split('/clients/')[1].split('/')[0];
  // 31 scored ideas, copied from a demo use case (the shape the app writes), straight into IndexedDB.
  const template = (await readStore(page, 'useCases')).find((u) => u.stage === 'idea')!;
  const wide = Array.from({ length: 31 }, (_, i) => ({
    ...template,
    id: `wide-${i}`,
    clientId,
    title: `Map case ${i + 1}`,
    scores: { ...(template.scores as object), impact: 1 + (i % 5), feasibility: 1 + ((i * 2) % 5) },
    workshopIdeaId: null,
  }));
  await putRecords(page, 'useCases', wide);
  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('heading', { name: /Board update ·/ })).toBeVisible();
  const reportId = page.url().split('/').pop()!;
  const printPage = await context.newPage();
  const pdf = `${OUT}/wide-portfolio.pdf`;
  mkdirSync(OUT, { recursive: true });
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const text = pdfText(pdf, 'raw');
  for (let i = 1; i <= 31; i++) expect(text).toMatch(new RegExp(`Map case ${i}(?!\\d)`));
  expect(text).toMatch(/17 more \(numbers \d+ to \d+\): the key continues after this slide/);
  expect(text).toContain('Impact / effort map: key (continued)');
  renderPages(pdf, 'report/wide-portfolio-pages');
});

test('the board PDF of one client carries no text of the other clients (marker in every free text of theirs)', async ({
  page,
  context,
}) => {
  await openWithDemo(page);
  // Every free-text value (it has a space) of every record of the other demo clients gets a marker, straight in IndexedDB.
  let marked = 0;
  const mark = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes(' ') ? `${value} OTHERCLIENTMARK${++marked}` : value;
    if (Array.isArray(value)) return value.map(mark);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
    return value;
  };
  const others = new Set(['demo-client-vandijk', 'demo-client-nordhaven']);
  const stores = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('caio-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames]);
          open.result.close();
        };
      }),
  );
  for (const store of stores.filter((name) => name !== 'changes' && name !== 'settings')) {
    const owned = (await readStore(page, store)).filter((record) =>
      others.has(String(store === 'clients' ? record.id : record.clientId)),
    );
    if (owned.length)
      await putRecords(
        page,
        store,
        owned.map((record) => mark(record) as Record<string, unknown>),
      );
  }
  expect(marked).toBeGreaterThan(200);
  await page.goto('/#/clients/demo-client-brightside/reports');
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('heading', { name: /Board update ·/ })).toBeVisible();
  const reportId = page.url().split('/').pop()!;
  const printPage = await context.newPage();
  const pdf = `${OUT}/marked-others.pdf`;
  mkdirSync(OUT, { recursive: true });
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const text = pdfText(pdf, 'raw');
  expect(text).toContain('Brightside Staffing');
  expect(text).not.toContain('OTHERCLIENTMARK');
});

test('a Dutch client’s board report is in Dutch: the profile’s report language, the preview, the PDF and the PPTX', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  await switchClient(page, 'Van Dijk');
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Report language')).toHaveValue('nl');
  await expect(page.getByLabel('Report language').locator('option:checked')).toHaveText('Nederlands');

  await page.getByRole('link', { name: 'Board reports' }).click();
  await page.getByLabel('Period type').selectOption('quarter');
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('heading', { name: /Board update ·/ })).toBeVisible();
  // The editor stays in the interface's language; the slides are in the client's.
  const summary = page.getByRole('region', { name: /Slide 2:/ });
  await expect(summary).toContainText('Gevraagde besluiten van het bestuur');
  await expect(summary).toContainText('AI-toepassingen in het portfolio');
  await snap(page, '24-report-editor-dutch');

  const reportId = page.url().split('/').pop()!;
  const printPage = await context.newPage();
  const pdf = `${OUT}/board-update-dutch.pdf`;
  await printRouteToPdf(printPage, `#/print/report/${reportId}`, pdf);
  const text = pdfText(pdf, 'raw');
  const today = dutchLongToday();
  expect(text).toContain(`Voortgangsrapportage AI · Q`);
  expect(text).toContain(`${today} · Opgesteld door`);
  for (const dutch of [
    'Samenvatting',
    'Portfolio in één oogopslag',
    'Impact-/inspanningskaart',
    'Snelle winsten',
  ])
    expect(text).toContain(dutch);
  for (const english of [
    'AI progress update',
    'Executive summary',
    'Decisions requested',
    'Prepared by',
    'Quick wins',
  ])
    expect(text).not.toContain(english);
  for (const other of ['Brightside', 'Nordhaven']) expect(text).not.toContain(other);
  renderPages(pdf, 'report/dutch-pages');

  await page.getByLabel('Overall status').selectOption('green');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PPTX' }).click();
  const pptx = `${OUT}/board-update-dutch.pptx`;
  await (await download).saveAs(pptx);
  const xml = execFileSync('unzip', ['-p', pptx, 'ppt/slides/*.xml'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(xml).toContain('Voortgangsrapportage AI');
  expect(xml).toContain(`${today} · Opgesteld door`);
  expect(xml).toContain('Groen: op koers');
  expect(xml).not.toContain('AI progress update');
  expect(xml).not.toContain('Executive summary');
});
