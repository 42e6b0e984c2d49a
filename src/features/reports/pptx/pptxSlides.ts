import type PptxGenJS from 'pptxgenjs';
import {
  RISK_TIER_LABELS,
  STAGE_LABELS,
  STAGES,
  MAIN_FLOW,
  GATE_DECISION_LABELS,
  niceAxis,
} from '../../../domain/portfolio';
import {
  complianceFigures,
  describeMove,
  keyFigures,
  mapKeyHeader,
  mapKeyRow,
  tierOverrideText,
  type ReportPage,
} from '../../../domain/reports';
import {
  incidentStatus,
  KPI_STATUS_TEXT,
  OVERALL_STATUS_TEXT,
  SEVERITY_LABELS,
} from '../slides/statusLabels';
import { reportLanguage } from '../reportLanguage';
import type { PptxSource } from './buildPptx';
import { BODY, bullets, emptySlide as empty, heading, table, type Slide } from './pptxParts';
import { addImpactEffortMap } from './pptxMap';
import { addReadinessSlide } from './pptxReadiness';
import { addStaffVoiceSlide } from './pptxStaffVoice';
import { heatSlideFill, hexDigits, PALETTE_DIGITS } from '../../../domain/shared/palette';

type Row = PptxGenJS.TableRow;
const text = (s: string, bold = false): PptxGenJS.TableCell => ({ text: s, options: { bold } });

export function addPageContent(
  pptx: PptxGenJS,
  slide: Slide,
  page: ReportPage,
  src: PptxSource,
  look: { brand: string; logo: string | null; consultantLogo?: string | null },
) {
  const { model, texts } = src;
  const g = model.governance;
  const { t, lang, day, period, value } = reportLanguage(model);
  const header = (keys: string[]) => keys.map((k) => t(k));
  switch (page.kind) {
    case 'title':
      if (look.logo) slide.addImage({ data: look.logo, x: 1, y: 1.4, w: 1.3, h: 1.3 });
      slide.addText(model.client.name, { x: 1, y: 2.9, w: 11, h: 1, ...BODY, fontSize: 40, bold: true });
      slide.addText(`${t('AI progress update')} · ${period}`, {
        x: 1,
        y: 3.9,
        w: 11,
        h: 0.6,
        ...BODY,
        fontSize: 24,
        color: look.brand,
        bold: true,
      });
      slide.addText(
        `${day(model.generatedOn, true)} · ${t('Prepared by {{name}}', { name: model.preparedBy })}`,
        {
          x: 1,
          y: 4.6,
          w: 11,
          h: 0.5,
          ...BODY,
          fontSize: 16,
          color: PALETTE_DIGITS.textMuted,
        },
      );
      if (look.consultantLogo)
        slide.addImage({
          data: look.consultantLogo,
          x: 1,
          y: 5.3,
          w: 2.2,
          h: 0.6,
          sizing: { type: 'contain', w: 2.2, h: 0.6 },
          altText: t('Logo of {{name}}', { name: model.preparedBy }),
        });
      return;
    case 'summary':
      if (texts.overallStatus)
        slide.addText(t(OVERALL_STATUS_TEXT[texts.overallStatus]), {
          x: 0.55,
          y: 1.2,
          w: 4,
          h: 0.45,
          ...BODY,
          bold: true,
          fill: {
            color: {
              green: PALETTE_DIGITS.successBgStrong,
              amber: PALETTE_DIGITS.warningBgStrong,
              red: PALETTE_DIGITS.dangerBgStrong,
            }[texts.overallStatus],
          },
        });
      slide.addText(
        texts.headlines
          .filter(Boolean)
          .map((h) => ({ text: h, options: { bullet: { type: 'number' }, breakLine: true } })),
        {
          x: 0.55,
          y: 1.8,
          w: 7.2,
          h: 2.1,
          ...BODY,
          fontSize: 18,
          bold: true,
          valign: 'top',
          paraSpaceAfter: 10,
        },
      );
      heading(slide, t('Decisions requested from the board'), { x: 8.1, y: 1.2, w: 4.7, h: 0.5 });
      bullets(slide, texts.decisionsRequested, { x: 8.1, y: 1.75, w: 4.7, h: 3.5 });
      // The same five key figures as the PDF slide, as cards.
      keyFigures(model, t, lang).forEach((f, i) => {
        const x = 0.55 + i * 2.46;
        slide.addShape(pptx.ShapeType.rect, {
          x,
          y: 5.75,
          w: 2.3,
          h: 1.0,
          fill: { color: PALETTE_DIGITS.surface },
          line: { color: f.alert ? PALETTE_DIGITS.dangerStrong : PALETTE_DIGITS.border, width: 1 },
        });
        slide.addShape(pptx.ShapeType.rect, {
          x,
          y: 5.75,
          w: 2.3,
          h: 0.06,
          fill: { color: f.alert ? PALETTE_DIGITS.dangerStrong : look.brand },
          line: { color: f.alert ? PALETTE_DIGITS.dangerStrong : look.brand, width: 0 },
        });
        slide.addText(f.value, {
          x: x + 0.1,
          y: 5.85,
          w: 2.1,
          h: 0.45,
          ...BODY,
          fontSize: 22,
          bold: true,
          color: f.alert ? PALETTE_DIGITS.danger : PALETTE_DIGITS.text,
          margin: 0,
        });
        slide.addText(f.label, {
          x: x + 0.1,
          y: 6.3,
          w: 2.1,
          h: 0.4,
          ...BODY,
          fontSize: 10,
          color: PALETTE_DIGITS.textMuted,
          valign: 'top',
          margin: 0,
        });
      });
      if (src.deltas.previousPeriod) {
        const lines = [
          ...src.deltas.added.map((title) => t('Added: {{useCase}}', { useCase: title })),
          ...src.deltas.moved.map((m) => `${m.title}: ${describeMove(m, t)}`),
          ...src.deltas.decisions,
        ].slice(0, 4);
        heading(
          slide,
          t('Since the last report ({{period}})', { period: src.deltas.previousPeriod }),
          { x: 0.55, y: 4.0, w: 7.2, h: 0.4 },
          14,
        );
        bullets(
          slide,
          lines.length ? lines : [t('No changes to the portfolio or registers.')],
          { x: 0.55, y: 4.4, w: 7.2, h: 1.25 },
          13,
        );
      }
      return;
    case 'portfolio': {
      if (page.continued) {
        slide.addText(t('Impact / effort map: key (continued)'), {
          x: 0.55,
          y: 1.0,
          w: 12.2,
          h: 0.35,
          ...BODY,
          fontSize: 14,
          color: PALETTE_DIGITS.textMuted,
        });
        table(
          slide,
          mapKeyHeader(t),
          page.keyPoints.map((p) =>
            mapKeyRow(p, t(STAGE_LABELS[p.stage]), t(RISK_TIER_LABELS[p.riskTier]), t),
          ),
          1.45,
          [0.8, 5.2, 2.4, 1.8, 2.0],
        );
        return;
      }
      if (model.portfolio.total === 0)
        return empty(
          slide,
          t('No AI use cases are recorded for {{client}} yet.', { client: model.client.name }),
        );
      // Horizontal bar charts draw the first category at the bottom: reverse so Idea reads first.
      const stages = STAGES.filter(
        (s) => MAIN_FLOW.includes(s) || model.portfolio.stageCounts[s] > 0,
      ).reverse();
      slide.addChart(
        pptx.ChartType.bar,
        [
          {
            name: t('Use cases'),
            labels: stages.map((s) => t(STAGE_LABELS[s])),
            values: stages.map((s) => model.portfolio.stageCounts[s]),
          },
        ],
        {
          x: 0.55,
          y: 1.2,
          w: 6,
          h: 4.6,
          barDir: 'bar',
          valAxisMajorUnit: 1,
          chartColors: [look.brand],
          showValue: true,
          catAxisLabelFontSize: 12,
          valAxisLabelFontSize: 11,
          showTitle: true,
          title: t('Use cases per stage'),
          titleFontSize: 14,
        },
      );
      if (model.portfolio.map.length > 0)
        addImpactEffortMap(
          pptx,
          slide,
          model.portfolio,
          page.keyPoints,
          { x: 6.9, y: 1.2, w: 5.9, h: 4.7 },
          t,
        );
      slide.addText(
        t('Pilots running: {{running}} of a limit of {{limit}}', {
          running: model.portfolio.activePilots,
          limit: model.portfolio.pilotLimit,
        }) +
          (model.portfolio.overrides.length
            ? ` · ${t('override: {{list}}', { list: model.portfolio.overrides.map((o) => `${o.title} (“${o.reason}”)`).join('; ') })}`
            : ''),
        { x: 0.55, y: 5.9, w: 12.2, h: 0.4, ...BODY, fontSize: 15 },
      );
      const early = model.portfolio.unclassifiedPilots ?? [];
      if (early.length)
        slide.addText(
          t('In pilot before the EU AI Act classification: {{list}}', {
            list: early.map((o) => `${o.title} (“${o.reason}”)`).join('; '),
          }),
          {
            x: 0.55,
            y: 6.3,
            w: 12.2,
            h: 0.6,
            ...BODY,
            fontSize: 13,
            color: PALETTE_DIGITS.danger,
            valign: 'top',
          },
        );
      return;
    }
    case 'pilots': {
      if (page.pilots.length === 0)
        return empty(slide, t('No pilot was running or decided in {{period}}.', { period }));
      page.pilots.forEach(({ pilot, kpis, continued }, i) => {
        const top = 1.15 + i * 2.85;
        const gate = pilot.gateDecision
          ? ` · ${t('Gate decision {{date}}:', { date: day(pilot.gateDecision.date) }).toLowerCase()} ${t(GATE_DECISION_LABELS[pilot.gateDecision.decision])}`
          : '';
        slide.addText(
          `${pilot.title}${continued ? ` ${t('(continued)')}` : ''} · ${t(STAGE_LABELS[pilot.stage])} · ${t(KPI_STATUS_TEXT[pilot.status])}${gate}`,
          { x: 0.55, y: top, w: 12.2, h: 0.45, ...BODY, fontSize: 16, bold: true },
        );
        const explained = Boolean(pilot.explanation) && !continued;
        if (explained)
          slide.addText(pilot.explanation!, {
            x: 0.55,
            y: top + 0.42,
            w: 12.2,
            h: 0.5,
            ...BODY,
            fontSize: 12,
            color: PALETTE_DIGITS.warning,
          });
        const body = top + (explained ? 0.95 : 0.5);
        const rows = kpis.map((k) => [
          k.name,
          value(k.baseline, t(k.unitLabel)),
          value(k.current, t(k.unitLabel)),
          value(k.target, t(k.unitLabel)),
          t(KPI_STATUS_TEXT[k.status]),
        ]);
        if (rows.length) {
          slide.addTable(
            [
              header(['KPI', 'Baseline', 'Current', 'Target', 'Status']).map((h) => text(h, true)),
              ...rows.map((r) => r.map((c) => text(c))),
            ],
            {
              x: 0.55,
              y: body,
              w: 7.6,
              colW: [2.8, 1.2, 1.2, 1.2, 1.2],
              ...BODY,
              fontSize: 12,
              border: { type: 'solid', pt: 0.5, color: PALETTE_DIGITS.border },
            },
          );
          // One chart per KPI, side by side, dates as "3 Feb", the value axis fitted to the data, baseline and target.
          const charted = kpis.filter((k) => k.trend.length > 0);
          const width = charted.length ? 4.4 / charted.length : 0;
          charted.forEach((k, j) => {
            const values = [
              ...k.trend.map((m) => m.value),
              ...[k.baseline, k.target].filter((v): v is number => v !== null),
            ];
            const axis = niceAxis(Math.min(...values), Math.max(...values));
            slide.addChart(
              pptx.ChartType.line,
              [
                {
                  name: k.name,
                  labels: k.trend.map((m) => day(m.date).replace(/ \d{4}$/, '')),
                  values: k.trend.map((m) => m.value),
                },
              ],
              {
                x: 8.4 + j * width,
                y: body - 0.05,
                w: width,
                h: explained ? 1.8 : 2.25,
                chartColors: [look.brand],
                showTitle: true,
                title: k.name,
                titleFontSize: 10,
                catAxisLabelFontSize: 8,
                valAxisLabelFontSize: 8,
                lineDataSymbolSize: 5,
                valAxisMinVal: axis.domain[0],
                valAxisMaxVal: axis.domain[1],
              },
            );
          });
        } else
          slide.addText(t('No KPIs defined.'), {
            x: 0.55,
            y: body,
            w: 6,
            h: 0.4,
            ...BODY,
            color: PALETTE_DIGITS.textMuted,
          });
      });
      return;
    }
    case 'roadmap':
      heading(slide, t('Next period: gates and decisions'), { x: 0.55, y: 1.2, w: 5.9, h: 0.4 });
      bullets(
        slide,
        page.part === 1 && texts.nextSteps.length
          ? texts.nextSteps
          : page.rows
              .filter((r) => r.group === 'upcoming')
              .map((r) => `${r.title}${r.due ? ` · ${day(r.due)}` : ''}`),
        { x: 0.55, y: 1.7, w: 5.9, h: 4.8 },
      );
      heading(slide, t('Deliberately not now'), { x: 6.9, y: 1.2, w: 5.9, h: 0.4 });
      bullets(
        slide,
        page.part === 1 && texts.notDoing.length
          ? texts.notDoing
          : page.rows.filter((r) => r.group === 'not-now').map((r) => `${r.title}: ${r.detail}`),
        { x: 6.9, y: 1.7, w: 5.9, h: 4.8 },
      );
      return;
    case 'risks': {
      if (g.risks.length === 0) return empty(slide, t('No AI risks are recorded in the risk register yet.'));
      const riskHeader = header(['Risk', 'Inherent', 'Current', 'Owner', 'Treatment']);
      const rows = page.risks.map((r) => [
        r.title,
        String(r.likelihood * r.severity),
        String(r.residualLikelihood * r.residualSeverity),
        r.owner || '—',
        t(r.treatment),
      ]);
      if (!page.showMap) return table(slide, riskHeader, rows);
      const heat: Row[] = [5, 4, 3, 2, 1].map((l) =>
        [1, 2, 3, 4, 5].map((s) => {
          const n = g.risks.filter((r) => r.residualLikelihood === l && r.residualSeverity === s).length;
          const score = l * s;
          return {
            text: n ? String(n) : '',
            options: {
              align: 'center',
              bold: true,
              fill: {
                color: hexDigits(heatSlideFill(score)),
              },
            },
          } as PptxGenJS.TableCell;
        }),
      );
      slide.addTable(heat, {
        x: 0.55,
        y: 1.3,
        w: 3.6,
        h: 3.6,
        colW: [0.72, 0.72, 0.72, 0.72, 0.72],
        rowH: 0.72,
        ...BODY,
        fontSize: 18,
        border: { type: 'solid', pt: 2, color: PALETTE_DIGITS.surface },
      });
      slide.addText(t('Likelihood (up) × severity (right), current level'), {
        x: 0.55,
        y: 5.0,
        w: 3.8,
        h: 0.5,
        ...BODY,
        fontSize: 11,
        color: PALETTE_DIGITS.textMuted,
      });
      slide.addTable([riskHeader.map((h) => text(h, true)), ...rows.map((r) => r.map((c) => text(c)))], {
        x: 4.6,
        y: 1.3,
        w: 8.2,
        colW: [3.2, 0.9, 0.9, 1.6, 1.6],
        ...BODY,
        fontSize: 12,
        border: { type: 'solid', pt: 0.5, color: PALETTE_DIGITS.border },
      });
      return;
    }
    case 'compliance':
      if (page.showSummary) {
        const figures = complianceFigures(model);
        const tiers = (['prohibited', 'high', 'limited', 'minimal', 'unclassified'] as const)
          .map(
            (tier) =>
              `${t(tier === 'unclassified' ? 'not yet classified' : RISK_TIER_LABELS[tier])} ${figures.systemsByTier[tier]}`,
          )
          .join(', ');
        const tierLine = `${t('Systems:')} ${tiers}   ${t('Use cases not yet classified')}: ${figures.useCasesUnclassified}/${figures.useCasesCounted}`;
        const literacy = g.literacyCoverage === null ? '—' : `${Math.round(g.literacyCoverage * 100)}%`;
        slide.addText(
          `${tierLine}\n${t('DPIAs done / likely required')}: ${g.dpia.done}/${g.dpia.likelyRequired}   ${t('AI-literacy coverage')}: ${literacy}`,
          { x: 0.55, y: 1.15, w: 12.2, h: 0.8, ...BODY, fontSize: 14 },
        );
      }
      if (g.obligations.length === 0)
        return empty(slide, t('No AI system has been classified under the EU AI Act yet.'));
      table(
        slide,
        header(['Obligation', 'Article', 'Applies from', 'Systems']),
        page.obligations.map((o) => [
          t(o.title),
          o.article,
          t(o.inForce ? 'In force since {{date}}' : 'From {{date}}', { date: day(o.appliesFrom) }),
          String(o.systems),
        ]),
        page.showSummary ? 2.1 : 1.25,
        [6.2, 2, 2.8, 1.2],
      );
      return;
    case 'readiness':
      return addReadinessSlide(slide, model, look.brand);
    case 'staffVoice':
      return addStaffVoiceSlide(pptx, slide, model, look.brand);
    case 'incidents':
      if (page.showCounts) {
        const count = (s: string) => g.incidents.filter((i) => i.severity === s).length;
        slide.addText(
          `${t('Minor')}: ${count('minor')}   ${t('Serious')}: ${count('serious')}   ${t('Very serious')}: ${count('very-serious')}   ${t('Open reporting deadlines')}: ${g.openDeadlines.length}`,
          { x: 0.55, y: 1.15, w: 12.2, h: 0.5, ...BODY, fontSize: 16, bold: true },
        );
      }
      if (g.incidents.length === 0)
        return empty(slide, t('No incidents or concerns were recorded in {{period}}.', { period }));
      table(
        slide,
        header(['Incident', 'Date', 'What happened', 'What was done', 'Lesson']),
        page.incidents.map((i) => [
          `${i.title} (${t(SEVERITY_LABELS[i.severity]).toLowerCase()}, ${incidentStatus(i.status, t)})`,
          day(i.date),
          i.whatHappened,
          i.whatWasDone,
          i.lesson,
        ]),
        1.8,
        [2.6, 1.3, 3.1, 2.6, 2.6],
      );
      return;
    case 'vendors':
      if (page.rows.length === 0)
        return empty(
          slide,
          t('No vendors are in use or under evaluation for {{client}}.', { client: model.client.name }),
        );
      table(
        slide,
        ['', ...header(['Vendor', 'Detail', 'Status'])],
        page.rows.map((r) => [r.group, r.name, r.detail, r.extra]),
        1.25,
        [1.8, 2.6, 5.6, 2.2],
      );
      return;
    case 'governance': {
      const open = g.actions.filter((a) => a.status !== 'done');
      if (page.showSummary) {
        slide.addText(
          [
            `${t('AI systems without an accountable person')}: ${g.systemsWithoutAccountable.length}`,
            `${t('Decision rights defined')}: ${g.decisionRightsDefined}`,
            `${t('Open actions')}: ${open.length}`,
            `${t('Overdue')}: ${open.filter((a) => a.overdue).length}`,
            `${t('CAIO hours used / agreed')}: ${model.engagement.hoursUsed}${model.engagement.hoursAgreed !== null ? ` / ${model.engagement.hoursAgreed}` : ''}`,
          ].join('   '),
          { x: 0.55, y: 1.15, w: 12.2, h: 0.6, ...BODY, fontSize: 15, bold: true },
        );
      }
      if (page.actions.length === 0) return empty(slide, t('No governance actions are open.'));
      table(
        slide,
        header(['Action', 'Owner', 'Due', 'Status']),
        page.actions.map((a) => [a.title, a.owner || '—', day(a.due), t(a.overdue ? 'Overdue' : a.status)]),
        1.9,
        [6.2, 2.4, 1.8, 1.8],
      );
      return;
    }
    case 'inventory':
      if (page.systems.length === 0) return empty(slide, t('The AI system inventory is empty.'));
      table(
        slide,
        header(['AI system', 'Vendor', 'Status', 'EU AI Act tier', 'Accountable', 'Human oversight']),
        page.systems.map((s) => [
          s.name,
          s.vendor || '—',
          t(s.status),
          s.tierOverride
            ? `${t(RISK_TIER_LABELS[s.tier])}\n${tierOverrideText(s, t)}`
            : t(RISK_TIER_LABELS[s.tier]),
          s.accountable || '—',
          s.oversight ? t(s.oversight) : '—',
        ]),
      );
      return;
  }
}
