import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ARTIFACTS } from './helpers';

/** Prints a print route exactly as the Electron export does (same engine, same options). */
export async function printRouteToPdf(page: Page, route: string, file: string): Promise<void> {
  await page.goto(`/${route}`);
  await page.waitForSelector('body[data-print-ready="true"]');
  await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
}

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)![1]),
    width: Math.round(Number(size[1])),
    height: Math.round(Number(size[2])),
  };
}

/** The PDF's text: laid out as on the page, or (`raw`) in the order it was written, so sentences in side-by-side columns stay whole. */
export function pdfText(file: string, mode: 'layout' | 'raw' = 'layout'): string {
  return execFileSync('pdftotext', [`-${mode}`, file, '-'], { encoding: 'utf8' });
}

/** Renders every page to PNG under test/artifacts/<name>/ for a human to look at; returns the files. */
export function renderPages(file: string, name: string): string[] {
  const dir = `${ARTIFACTS}/${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, `${dir}/page`]);
  return readdirSync(dir).filter((f) => f.endsWith('.png'));
}
