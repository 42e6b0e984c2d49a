import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  FRAMEWORK_PACK,
  frameworkById,
  READINESS_DEFINITION,
  SOA_COLUMNS,
  soaCell,
  type FrameworkCoverage,
  type SoaRow,
} from '../../../domain/controls';
import { PALETTE_DIGITS } from '../../../domain/shared/palette';
import { dayIn, ENGLISH, type Wording } from '../../../domain/shared/language';

/** The Statement of Applicability as a Word document (landscape A4): header facts, coverage, then one row per Annex A control. */

export interface SoaDocument {
  clientName: string;
  scope: string;
  preparedBy: string;
  date: string;
  coverage: FrameworkCoverage[];
  rows: SoaRow[];
  /** The client's report language (its rows built in it too). */
  words?: Wording;
}

const WIDTHS = [7, 17, 8, 22, 11, 15, 9, 11];
const border = { style: BorderStyle.SINGLE, size: 4, color: PALETTE_DIGITS.borderStrong };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders,
    shading: header ? { fill: PALETTE_DIGITS.surfaceMuted } : undefined,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 16 })] })],
  });
}

function fact(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

export function buildSoaDocument(input: SoaDocument): Document {
  const words = input.words ?? ENGLISH;
  const { t, lang } = words;
  const readiness = (value: number | null) => (value === null ? '—' : `${value}%`);
  const iso = input.coverage.find((c) => c.framework === 'iso42001');
  const count = (applicable: SoaRow['applicable']) =>
    input.rows.filter((r) => r.applicable === applicable).length;
  const header = new TableRow({
    tableHeader: true,
    children: SOA_COLUMNS.map((c, i) => cell(t(c.label), WIDTHS[i], true)),
  });
  const body = input.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: SOA_COLUMNS.map((c, i) => cell(soaCell(row, c.key, words) || '—', WIDTHS[i])),
      }),
  );
  return new Document({
    creator: input.preparedBy || 'CAIO Desk',
    title: `${t('Statement of Applicability')} - ${input.clientName}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun(t('Statement of Applicability'))],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            spacing: { after: 120 },
            children: [new TextRun(`${input.clientName} · ISO/IEC 42001:2023 ${t('Annex A')}`)],
          }),
          fact(t('Organisation'), input.clientName),
          fact(t('Scope of the AI management system'), input.scope || t('Not yet written')),
          fact(t('Date'), dayIn(lang, input.date, true)),
          fact(t('Prepared by'), input.preparedBy || '—'),
          fact(t('Framework pack'), `${FRAMEWORK_PACK.id} ${FRAMEWORK_PACK.version}`),
          fact(
            t('Annex A controls'),
            t('{{applicable}} applicable, {{excluded}} excluded, {{undecided}} not decided (of {{total}})', {
              applicable: count('Yes'),
              excluded: count('No'),
              undecided: count('Not decided'),
              total: input.rows.length,
            }),
          ),
          ...(iso
            ? [
                fact(
                  t('ISO/IEC 42001 (clauses 4-10 and Annex A)'),
                  t(
                    '{{applicable}} applicable requirements; {{implemented}} implemented, {{evidenced}} evidenced; readiness {{readiness}}',
                    { ...iso, readiness: readiness(iso.readiness) },
                  ),
                ),
              ]
            : []),
          ...input.coverage
            .filter((c) => c.framework !== 'iso42001')
            .map((c) =>
              fact(
                t(frameworkById(c.framework).shortName),
                t(
                  '{{applicable}} applicable, {{implemented}} implemented, {{evidenced}} evidenced; readiness {{readiness}}',
                  { ...c, readiness: readiness(c.readiness) },
                ),
              ),
            ),
          new Paragraph({
            spacing: { before: 120, after: 200 },
            children: [new TextRun({ text: t(READINESS_DEFINITION), italics: true, size: 16 })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { before: 200 },
            children: [
              new TextRun({ text: t(FRAMEWORK_PACK.notice), size: 14, color: PALETTE_DIGITS.textMuted }),
            ],
          }),
        ],
      },
    ],
  });
}

export async function soaDocxBytes(input: SoaDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(buildSoaDocument(input)));
}
