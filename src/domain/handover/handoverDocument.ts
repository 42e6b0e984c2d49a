import type { StoredRecord, TableRecords } from '../backup/format';
import { isDataUrl } from '../backup/images';
import { REGISTERS, viewClassification, type StoredClassification } from '../governance';
import { RISK_TIER_LABELS } from '../portfolio/constants';
import type { UseCase } from '../portfolio/useCase';
import { resolveUseCases, type SystemLinkSource } from '../portfolio/useCaseSystems';
import type { GovernanceReportData } from '../reports/types';
import { todayIso } from '../shared/dates';
import { dayIn, ENGLISH, type Wording } from '../shared/language';
import { DOCUMENT_STYLE } from './documentStyle';
import { summarySection } from './documentSummary';
import { DOCUMENT_TABLES, type DocumentTable, type ShowContext } from './documentTables';
import { dataTable, escapeHtml, fieldTable } from './html';

/**
 * The readable half of a client handover: one self-contained HTML file (no scripts, nothing remote;
 * A4 print rules) made only from the handed-over records. A cover with the client's logo, contents, a
 * summary, then each register as a table with the words the screens use. All text is escaped.
 */

export interface HandoverDocumentInput {
  /** The records that leave (`selectHandoverRecords`), nothing else. */
  records: TableRecords;
  /** The board report's governance figures, computed from the same records. */
  summary: GovernanceReportData;
  generatedAt: Date;
  appVersion: string;
  /** "Anna de Wit, Fractional Chief AI Officer · anna@…" */
  preparedBy: string;
  /** The client's report language (`clientWording`); English when not given. */
  words?: Wording;
}

const TITLE_FIELDS = [
  'title',
  'name',
  'subject',
  'decisionType',
  'decision',
  'person',
  'periodKey',
  'activity',
];

function titleOf(table: string, record: StoredRecord, { t }: Wording): string {
  const field = (REGISTERS as Record<string, { titleField: string } | undefined>)[table]?.titleField;
  for (const key of field ? [field, ...TITLE_FIELDS] : TITLE_FIELDS) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 120);
  }
  return t('(untitled)');
}

function titles(records: TableRecords, words: Wording): ShowContext {
  const byId = new Map<string, string>();
  for (const [table, rows] of Object.entries(records))
    for (const r of rows) if (typeof r.id === 'string') byId.set(r.id, titleOf(table, r, words));
  const missing = words.t('(not in this handover)');
  return { title: (id) => (typeof id === 'string' ? (byId.get(id) ?? missing) : ''), words };
}

/** The EU AI Act classification of an AI system in words: tier, why (with articles), override, obligations with dates. */
function classificationInWords(system: StoredRecord, today: string, words: Wording): [string, string][] {
  const { lang, t } = words;
  const tier = (value: keyof typeof RISK_TIER_LABELS) => t(RISK_TIER_LABELS[value]);
  const stored = system.classification as StoredClassification | null | undefined;
  if (!stored) return [[t('EU AI Act classification'), t('Not yet classified.')]];
  const view = viewClassification(stored, today);
  const met = new Set((system.obligationsMet as string[] | undefined) ?? []);
  const rows: [string, string][] = [
    [
      t('EU AI Act tier'),
      t('{{tier}} (classified {{date}})', {
        tier: tier(view.effectiveTier),
        date: dayIn(lang, stored.classifiedOn),
      }),
    ],
    [
      t('Why'),
      view.result.reasons.map((r) => `${t(r.text)} (${r.article})`).join('\n') ||
        t('No finding: none of the rules applies.'),
    ],
  ];
  if (view.override)
    rows.push([
      t('Tier set by hand'),
      t('{{tier}} instead of {{classified}}: {{justification}}', {
        tier: tier(view.override.tier),
        classified: tier(stored.tier),
        justification: view.override.justification,
      }),
    ]);
  if (view.obligations.length)
    rows.push([
      t('Obligations'),
      view.obligations
        .map((o) => {
          const values = { title: t(o.title), article: o.article, date: dayIn(lang, o.appliesFrom) };
          if (o.inForce)
            return met.has(o.id)
              ? t('{{title}} ({{article}}), in force since {{date}}: met', values)
              : t('{{title}} ({{article}}), in force since {{date}}', values);
          return met.has(o.id)
            ? t('{{title}} ({{article}}), applies from {{date}}: met', values)
            : t('{{title}} ({{article}}), applies from {{date}}', values);
        })
        .join('\n'),
    ]);
  return rows;
}

function visibleColumns(spec: DocumentTable, rows: StoredRecord[], ctx: ShowContext) {
  return spec.columns.filter((c) => rows.some((r) => c.show(r, ctx).trim() !== ''));
}

function tableSection(spec: DocumentTable, rows: StoredRecord[], ctx: ShowContext, today: string): string {
  const { t } = ctx.words;
  const columns = visibleColumns(spec, rows, ctx);
  const title = t(spec.title);
  const table = dataTable(
    title,
    columns.map((c) => t(c.label)),
    rows.map((r) => columns.map((c) => c.show(r, ctx))),
    { captionHidden: true },
  );
  const details = spec.details
    ? `<div class="details">${rows
        .map((r) => {
          const name = spec.name?.(r) || t('(untitled)');
          const pairs = [
            ...spec.details!(r, ctx),
            ...(spec.table === 'aiSystems' ? classificationInWords(r, today, ctx.words) : []),
          ];
          return `<article class="record"><h3>${escapeHtml(name)}</h3>${fieldTable(name, pairs)}</article>`;
        })
        .join('')}</div>`
    : '';
  const intro = spec.intro ? `<p class="intro">${escapeHtml(t(spec.intro))}</p>` : '';
  const count = t('{{count}} entries', { count: rows.length });
  return `<section class="register" id="t-${spec.table}" aria-labelledby="h-${spec.table}"><h2 id="h-${spec.table}">${escapeHtml(title)} <span class="count">${escapeHtml(count)}</span></h2>${intro}${table}${details}</section>`;
}

function cover(client: StoredRecord, input: HandoverDocumentInput, { lang, t }: Wording): string {
  const name = String(client.name ?? t('Client'));
  const logo =
    typeof client.logo === 'string' &&
    isDataUrl(client.logo) &&
    /^data:image\/(png|jpeg|svg\+xml);base64,/i.test(client.logo)
      ? `<img class="logo" src="${escapeHtml(client.logo)}" alt="${escapeHtml(t('{{name}} logo', { name }))}">`
      : '';
  const facts = [client.sector, client.country].filter((v) => typeof v === 'string' && v.trim()).join(' · ');
  return `<header class="cover">${logo}<p class="kicker">${t('AI governance handover')}</p><h1>${escapeHtml(name)}</h1>${facts ? `<p class="facts">${escapeHtml(String(facts))}</p>` : ''}
<p class="what">${t('The AI register as it stands: use cases, AI systems and their EU AI Act classification, risks, incidents, policies, training, decisions and the controls programme.')}</p>
<dl class="colophon"><dt>${t('Prepared by')}</dt><dd>${escapeHtml(input.preparedBy)}</dd><dt>${t('Date')}</dt><dd>${escapeHtml(dayIn(lang, todayIso(input.generatedAt), true))}</dd>${client.contactName ? `<dt>${t('For')}</dt><dd>${escapeHtml([client.contactName, client.contactRole].filter(Boolean).join(', '))}</dd>` : ''}</dl></header>`;
}

/** Use cases as the screens show them: the tier and systems computed from the AI system entries. */
function asRead(records: TableRecords): TableRecords {
  if (!records.useCases) return records;
  const systems = (records.aiSystems ?? []) as unknown as SystemLinkSource[];
  return {
    ...records,
    useCases: resolveUseCases(records.useCases as unknown as UseCase[], systems) as unknown as StoredRecord[],
  };
}

export function buildHandoverDocument(handover: HandoverDocumentInput): string {
  const input = { ...handover, records: asRead(handover.records) };
  const words = handover.words ?? ENGLISH;
  const { lang, t } = words;
  const client = input.records.clients?.[0] ?? { name: t('Client') };
  const ctx = titles(input.records, words);
  const today = todayIso(input.generatedAt);
  const registers = DOCUMENT_TABLES.map((spec) => ({ spec, rows: input.records[spec.table] ?? [] })).filter(
    (t) => t.rows.length > 0,
  );
  const toc = [
    `<li><a href="#summary">${t('Summary')}</a></li>`,
    ...registers.map(
      ({ spec, rows }) =>
        `<li><a href="#t-${spec.table}">${escapeHtml(t(spec.title))}</a> <span class="count">(${rows.length})</span></li>`,
    ),
  ].join('');
  const name = String(client.name ?? t('Client'));
  const madeOn = dayIn(lang, todayIso(input.generatedAt), true);
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(t('AI governance handover: {{name}}', { name }))}</title><style>${DOCUMENT_STYLE}</style></head>
<body><main>
${cover(client, input, words)}
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${t('Contents')}</h2><ol>${toc}</ol>
<p class="note">${t('The data file handed over with this document holds the same records, for import into CAIO Desk.')}</p></nav>
<section class="summary" id="summary" aria-labelledby="summary-title"><h2 id="summary-title">${t('Summary')}</h2>${summarySection(input.records, input.summary, words)}</section>
<div class="registers">${registers.map(({ spec, rows }) => tableSection(spec, rows, ctx, today)).join('\n')}</div>
</main>
<footer><p>${escapeHtml(t('Made with CAIO Desk {{version}} on {{date}}.', { version: input.appVersion, date: madeOn }))} ${t('The EU AI Act classification is decision support, not legal advice.')}</p></footer>
</body></html>
`;
}
