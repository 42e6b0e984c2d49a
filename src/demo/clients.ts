import type { Client } from '../domain/clients/client';
import type { EngagementEntry } from '../domain/clients/engagement';
import { dayOfMonthsAgo, stampDaysAgo, type DemoContext } from './dates';
import { brightsideLogo, nordhavenLogo, vanDijkLogo } from './logos';
import type { DemoSeed } from './seed';

import { DEMO_CLIENT_IDS } from './ids';

export { DEMO_CLIENT_IDS };

function demoClient(
  ctx: DemoContext,
  fields: Omit<Client, 'isDemo' | 'createdAt' | 'updatedAt'>,
  createdDaysAgo: number,
): Client {
  return {
    ...fields,
    isDemo: true,
    createdAt: stampDaysAgo(ctx, createdDaysAgo),
    updatedAt: stampDaysAgo(ctx, 1),
  };
}

export function demoClients(ctx: DemoContext): Client[] {
  return [
    demoClient(
      ctx,
      {
        id: DEMO_CLIENT_IDS.staffing,
        name: 'Brightside Staffing',
        shortName: 'Brightside',
        sector: 'Staffing and recruitment',
        employees: 50,
        country: 'Netherlands',
        logo: brightsideLogo(),
        brandColor: '#0E7C66',
        contactName: 'Marieke de Vries',
        contactRole: 'Operations Director',
        contactEmail: 'marieke.devries@brightside.example',
        engagementStart: dayOfMonthsAgo(ctx, 7, 1),
        agreedAmount: 16,
        agreedUnit: 'hours',
        rate: 165,
        rateUnit: 'hour',
        renewalDate: dayOfMonthsAgo(ctx, -5, 1),
        maturity: { strategy: 3, data: 2, technology: 3, people: 2, governance: 2 },
        pilotLimit: 3,
        reportCadence: 'monthly',
        status: 'active',
        notes:
          'Three AI pilots started bottom-up before the engagement (job postings, CV summaries, client emails). Candidate data is the main governance concern. Board meets on the first Tuesday of the month.',
      },
      210,
    ),
    demoClient(
      ctx,
      {
        id: DEMO_CLIENT_IDS.accountancy,
        name: 'Van Dijk & Partners Accountants',
        shortName: 'Van Dijk',
        sector: 'Accountancy',
        employees: 28,
        country: 'Netherlands',
        logo: vanDijkLogo(),
        brandColor: '#1F3A68',
        contactName: 'Joost van Dijk',
        contactRole: 'Managing Partner',
        contactEmail: 'joost@vandijk-partners.example',
        engagementStart: dayOfMonthsAgo(ctx, 1, 15),
        agreedAmount: 1,
        agreedUnit: 'days',
        rate: 1200,
        rateUnit: 'day',
        renewalDate: dayOfMonthsAgo(ctx, -11, 15),
        maturity: { strategy: 1, data: 2, technology: 2, people: 1, governance: 1 },
        pilotLimit: 2,
        reportCadence: 'quarterly',
        reportLanguage: 'nl',
        status: 'active',
        notes:
          'Early stage: partners want to know where AI helps in year-end work without risking client confidentiality. First ideation workshop held with all staff.',
      },
      45,
    ),
    demoClient(
      ctx,
      {
        id: DEMO_CLIENT_IDS.manufacturer,
        name: 'Nordhaven Precision Parts',
        shortName: 'Nordhaven',
        sector: 'Manufacturing',
        employees: 240,
        country: 'Germany',
        logo: nordhavenLogo(),
        brandColor: '#B4441C',
        contactName: 'Katrin Albers',
        contactRole: 'COO',
        contactEmail: 'k.albers@nordhaven.example',
        engagementStart: dayOfMonthsAgo(ctx, 14, 1),
        agreedAmount: 2,
        agreedUnit: 'days',
        rate: 1350,
        rateUnit: 'day',
        renewalDate: dayOfMonthsAgo(ctx, -2, 1),
        maturity: { strategy: 4, data: 3, technology: 4, people: 3, governance: 3 },
        pilotLimit: 3,
        reportCadence: 'quarterly',
        status: 'active',
        notes:
          'Visual quality inspection runs in production on line 2. The predictive-maintenance pilot was retired after the sensor vendor changed. Preparing the handover to the in-house digital lead.',
      },
      430,
    ),
  ];
}

function entry(
  ctx: DemoContext,
  clientId: string,
  monthsBack: number,
  day: number,
  hours: number,
  activity: string,
  note = '',
): EngagementEntry {
  const date = dayOfMonthsAgo(ctx, monthsBack, day);
  const stamp = `${date}T16:00:00.000Z`;
  return {
    id: `demo-eng-${clientId}-${monthsBack}-${day}-${activity.length}`,
    clientId,
    date,
    hours,
    activity,
    note,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function demoEngagementLog(ctx: DemoContext): EngagementEntry[] {
  const s = DEMO_CLIENT_IDS.staffing;
  const a = DEMO_CLIENT_IDS.accountancy;
  const m = DEMO_CLIENT_IDS.manufacturer;
  return [
    entry(ctx, s, 0, 1, 3, 'Board update preparation'),
    entry(ctx, s, 0, 2, 4, 'CV summary pilot gate review', 'Recruiters, DPO and vendor on the call.'),
    entry(ctx, s, 0, 3, 2.5, 'Governance: candidate data rules'),
    entry(ctx, s, 1, 4, 5, 'Vendor due diligence: CV summarisation'),
    entry(ctx, s, 1, 12, 6, 'Pilot measurement review'),
    entry(ctx, s, 1, 20, 4, 'Incident follow-up: CV summary omission'),
    entry(ctx, s, 2, 6, 8, 'Governance workshop with management'),
    entry(ctx, s, 2, 18, 7.5, 'Pilot charters and KPIs'),
    entry(ctx, s, 3, 9, 12, 'Inventory of AI use and quick scan'),
    entry(ctx, a, 0, 1, 4, 'Ideation workshop with all staff'),
    entry(ctx, a, 0, 2, 2, 'Workshop follow-up and idea scoring'),
    entry(ctx, a, 1, 20, 3, 'Kick-off and AI quick scan'),
    entry(ctx, m, 0, 1, 6, 'Quality inspection: quarterly model review'),
    entry(ctx, m, 0, 2, 4, 'Handover planning with digital lead'),
    entry(ctx, m, 1, 8, 16, 'Retirement of maintenance pilot, lessons learned'),
    entry(ctx, m, 2, 11, 14, 'Supplier audit: vision system vendor'),
  ];
}

export const clientsDemoSeed: DemoSeed = (ctx) => ({
  clients: demoClients(ctx),
  engagementLog: demoEngagementLog(ctx),
});
