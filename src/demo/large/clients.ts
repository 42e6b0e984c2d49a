import { newClient, type Client, type ClientStatus } from '../../domain/clients/client';
import type { EngagementEntry } from '../../domain/clients/engagement';
import { dayOfMonthsAgo, stampDaysAgo, type DemoContext } from '../dates';
import { pad, type Random } from './random';

/** The clients of the large generated workspace and their engagement logs. */

const NAME_FIRST = [
  'Northwind',
  'Harbour',
  'Lindqvist',
  'Oakridge',
  'Bluefield',
  'Kestrel',
  'Meridian',
  'Alder',
  'Corvus',
  'Vantage',
  'Elmstead',
  'Silverline',
  'Brookhaven',
  'Granite',
  'Helix',
  'Juniper',
  'Larkspur',
  'Marlow',
  'Orchid',
  'Pinecrest',
];
const NAME_SECOND = [
  'Logistics',
  'Care Group',
  'Accountants',
  'Insurance',
  'Engineering',
  'Retail',
  'Housing',
  'Legal',
  'Foods',
  'Energy',
  'Staffing',
  'Media',
  'Pharma',
  'Transport',
  'Software',
];
const SECTORS = [
  'Logistics',
  'Healthcare',
  'Accountancy',
  'Insurance',
  'Manufacturing',
  'Retail',
  'Housing association',
  'Legal services',
  'Food production',
  'Energy',
  'Staffing and recruitment',
  'Media',
  'Life sciences',
  'Public transport',
  'Software',
];
const COUNTRIES = ['Netherlands', 'Germany', 'Belgium', 'France', 'Denmark', 'Austria'];
const CONTACTS = [
  'Anna Visser',
  'Jonas Weber',
  'Claire Dubois',
  'Mads Nielsen',
  'Eva Huber',
  'Pieter Jansen',
  'Lena Fischer',
  'Sophie Martin',
];
const ROLES = ['COO', 'CEO', 'CFO', 'Head of Operations', 'Managing Director', 'CIO'];
const ACTIVITIES = [
  'Board update preparation',
  'Pilot review',
  'Governance workshop',
  'Vendor due diligence',
  'Steering committee',
  'Use-case intake',
  'AI literacy session',
  'Risk review',
];
const COLORS = ['#0E7C66', '#1F3A68', '#B4441C', '#6B2FA0', '#2F5BEA', '#9A6B00', '#0B6E99', '#A12E5A'];

export function clientName(index: number): string {
  const first = NAME_FIRST[index % NAME_FIRST.length];
  const second = NAME_SECOND[Math.floor(index / NAME_FIRST.length) % NAME_SECOND.length];
  const round = Math.floor(index / (NAME_FIRST.length * NAME_SECOND.length));
  return round > 0 ? `${first} ${second} ${round + 1}` : `${first} ${second}`;
}

export function largeClientId(index: number): string {
  return `lw-client-${pad(index, 3)}`;
}

/** One client: the domain's `newClient`, then a filled-in profile. `pilotLimit` grows with the client's portfolio. */
export function generateClient(
  ctx: DemoContext,
  random: Random,
  index: number,
  useCaseCount: number,
): Client {
  const name = clientName(index);
  const createdDaysAgo = random.int(60, 900);
  const base = newClient({
    id: largeClientId(index),
    name,
    now: stampDaysAgo(ctx, createdDaysAgo),
    sector: SECTORS[index % SECTORS.length],
  });
  const status: ClientStatus =
    index < 3 ? 'active' : random.chance(0.8) ? 'active' : random.chance(0.5) ? 'paused' : 'archived';
  const contact = random.pick(CONTACTS);
  const inDays = random.chance(0.5);
  return {
    ...base,
    shortName: name.split(' ')[0],
    employees: random.int(20, 2000),
    country: random.pick(COUNTRIES),
    brandColor: COLORS[index % COLORS.length],
    contactName: contact,
    contactRole: random.pick(ROLES),
    contactEmail: `${contact.toLowerCase().replace(/[^a-z]+/g, '.')}@${name.split(' ')[0].toLowerCase()}.example`,
    engagementStart: dayOfMonthsAgo(ctx, Math.min(30, Math.floor(createdDaysAgo / 30)), 1),
    agreedAmount: inDays ? random.int(1, 4) : random.int(8, 40),
    agreedUnit: inDays ? 'days' : 'hours',
    rate: inDays ? random.int(900, 1500) : random.int(120, 200),
    rateUnit: inDays ? 'day' : 'hour',
    renewalDate: dayOfMonthsAgo(ctx, -random.int(1, 12), 1),
    maturity: {
      strategy: random.int(1, 5),
      data: random.int(1, 5),
      technology: random.int(1, 5),
      people: random.int(1, 5),
      governance: random.int(1, 5),
    },
    pilotLimit: Math.min(20, Math.max(2, Math.round(useCaseCount / 25))),
    reportCadence: index % 3 === 0 ? 'monthly' : 'quarterly',
    status,
    notes: `Generated client ${index + 1} of the large benchmark workspace.`,
    updatedAt: stampDaysAgo(ctx, random.int(1, 30)),
  };
}

/** About `perMonth` entries a month over the last twelve months. */
export function generateEngagement(
  ctx: DemoContext,
  random: Random,
  client: Client,
  perMonth: number,
): EngagementEntry[] {
  const entries: EngagementEntry[] = [];
  for (let month = 0; month < 12; month++) {
    for (let k = 0; k < perMonth; k++) {
      const date = dayOfMonthsAgo(ctx, month, random.int(1, 28));
      const stamp = `${date}T16:00:00.000Z`;
      entries.push({
        id: `${client.id}-eng-${pad(month, 2)}-${k}`,
        clientId: client.id,
        date,
        hours: random.int(2, 16) / 2,
        activity: random.pick(ACTIVITIES),
        note: '',
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  return entries;
}
