import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { MAX_SHORT_TEXT } from '../shared/fieldLimits';
import { formatDay } from '../shared/dates';
import { LOGO_DATA_URL } from './logo';
import { LANGUAGES, tell, type Language } from '../shared/language';

/** A client organisation of the consultant. Fields from the product brief (`domain.md`, "Client"). */

export const CLIENT_STATUSES = ['active', 'paused', 'archived'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const CLIENT_STATUS_LABELS: Record<ClientStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  archived: 'Archived',
};

export const REPORT_CADENCES = ['monthly', 'quarterly'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];
export const REPORT_CADENCE_LABELS: Record<ReportCadence, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export const ENGAGEMENT_UNITS = ['hours', 'days'] as const;
export type EngagementUnit = (typeof ENGAGEMENT_UNITS)[number];
export const ENGAGEMENT_UNIT_LABELS: Record<EngagementUnit, string> = {
  hours: 'Hours per month',
  days: 'Days per month',
};
/** A consulting day counts as this many hours when an engagement is agreed in days. */
export const HOURS_PER_DAY = 8;

export const RATE_UNITS = ['hour', 'day'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export const MATURITY_DIMENSIONS = ['strategy', 'data', 'technology', 'people', 'governance'] as const;
export type MaturityDimension = (typeof MATURITY_DIMENSIONS)[number];
export const MATURITY_LABELS: Record<MaturityDimension, string> = {
  strategy: 'Strategy',
  data: 'Data',
  technology: 'Technology',
  people: 'People',
  governance: 'Governance',
};
export type Maturity = Record<MaturityDimension, number>;

export const PILOT_LIMIT_MIN = 1;
export const PILOT_LIMIT_MAX = 20;
export const DEFAULT_PILOT_LIMIT = 3;
export const DEFAULT_BRAND_COLOR = '#2F5BEA';

export interface Client {
  id: string;
  name: string;
  shortName: string;
  sector: string;
  employees: number | null;
  country: string;
  /** Logo as a data URL (PNG, JPEG or SVG), validated by `checkLogoFile`. */
  logo: string | null;
  brandColor: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  engagementStart: string | null;
  agreedAmount: number | null;
  agreedUnit: EngagementUnit;
  rate: number | null;
  rateUnit: RateUnit;
  renewalDate: string | null;
  maturity: Maturity;
  pilotLimit: number;
  reportCadence: ReportCadence;
  /** The language of what the client receives (board report); English when not chosen (older records). */
  reportLanguage?: Language;
  status: ClientStatus;
  notes: string;
  /** True for the sample clients of the demo workspace, so they can be removed in one action. */
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

const pilotLimitMessage = () =>
  tell('The pilot limit must be a whole number from {{min}} to {{max}}', {
    min: PILOT_LIMIT_MIN,
    max: PILOT_LIMIT_MAX,
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => tell('Enter a date as YYYY-MM-DD') })
  .refine((value) => isValid(parseISO(value)), { error: () => tell('Enter a real calendar date') });

const optionalNumber = (schema: z.ZodNumber) => z.union([schema, z.null()]);
const maturityScore = z
  .number()
  .int({ error: () => tell('Use a whole number from 1 to 5') })
  .min(1, { error: () => tell('Maturity runs from 1 to 5') })
  .max(5, { error: () => tell('Maturity runs from 1 to 5') });

/** Field-by-field rules. Used by the profile form (one field saved at a time) and by imports. */
export const clientFieldSchemas = {
  name: z
    .string()
    .trim()
    .min(1, { error: () => tell('The client needs a name') })
    .max(MAX_SHORT_TEXT, { error: () => tell('Keep the name to 200 characters or fewer') }),
  shortName: z
    .string()
    .trim()
    .max(24, { error: () => tell('Keep the short name under 24 characters') }),
  sector: z
    .string()
    .trim()
    .max(80, { error: () => tell('Keep the sector under 80 characters') }),
  employees: optionalNumber(
    z
      .number()
      .int({ error: () => tell('Employees must be a whole number') })
      .min(1, { error: () => tell('Employees must be at least 1') })
      .max(1_000_000, { error: () => tell('That is more employees than we can plan for') }),
  ),
  country: z
    .string()
    .trim()
    .max(60, { error: () => tell('Keep the country under 60 characters') }),
  logo: z.union([
    z.string().regex(LOGO_DATA_URL, { error: () => tell('The logo must be a PNG, JPEG or SVG image') }),
    z.null(),
  ]),
  brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: () => tell('Use a colour like #2F5BEA') }),
  contactName: z
    .string()
    .trim()
    .max(120, { error: () => tell('Keep the name under 120 characters') }),
  contactRole: z
    .string()
    .trim()
    .max(120, { error: () => tell('Keep the role under 120 characters') }),
  contactEmail: z.union([
    z.literal(''),
    z.email({ error: () => tell('Enter an email address like name@example.com') }),
  ]),
  engagementStart: z.union([isoDate, z.null()]),
  agreedAmount: optionalNumber(
    z
      .number()
      .min(0, { error: () => tell('The agreed amount cannot be negative') })
      .max(744, { error: () => tell('That is more than a month has hours') }),
  ),
  agreedUnit: z.enum(ENGAGEMENT_UNITS),
  rate: optionalNumber(
    z
      .number()
      .min(0, { error: () => tell('The rate cannot be negative') })
      .max(100_000, { error: () => tell('That rate looks wrong') }),
  ),
  rateUnit: z.enum(RATE_UNITS),
  renewalDate: z.union([isoDate, z.null()]),
  maturity: z.object({
    strategy: maturityScore,
    data: maturityScore,
    technology: maturityScore,
    people: maturityScore,
    governance: maturityScore,
  }),
  pilotLimit: z
    .number({ error: pilotLimitMessage })
    .int({ error: pilotLimitMessage })
    .min(PILOT_LIMIT_MIN, { error: pilotLimitMessage })
    .max(PILOT_LIMIT_MAX, { error: pilotLimitMessage }),
  reportCadence: z.enum(REPORT_CADENCES),
  reportLanguage: z.enum(LANGUAGES).optional(),
  status: z.enum(CLIENT_STATUSES),
  notes: z.string().max(20_000, { error: () => tell('Notes are limited to 20,000 characters') }),
} as const;

export type ClientField = keyof typeof clientFieldSchemas;

export const clientSchema = z.object({
  id: z.string().min(1),
  ...clientFieldSchemas,
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Checks one field's new value; returns the clean value or the message to show next to the field. */
export function validateClientField<F extends ClientField>(
  field: F,
  value: unknown,
): { ok: true; value: Client[F] } | { ok: false; message: string } {
  const result = clientFieldSchemas[field].safeParse(value);
  if (result.success) return { ok: true, value: result.data as Client[F] };
  return { ok: false, message: result.error.issues[0]?.message ?? tell('This value is not valid') };
}

/** A client's commercial terms before any are agreed (a new client, a handover without its terms). */
export const BLANK_COMMERCIAL_TERMS = {
  engagementStart: null,
  agreedAmount: null,
  agreedUnit: 'hours',
  rate: null,
  rateUnit: 'hour',
  renewalDate: null,
} as const satisfies Partial<Client>;

export function newClient(input: {
  id: string;
  name: string;
  now: string;
  sector?: string;
  isDemo?: boolean;
}): Client {
  return {
    id: input.id,
    name: input.name.trim(),
    shortName: '',
    sector: input.sector?.trim() ?? '',
    employees: null,
    country: '',
    logo: null,
    brandColor: DEFAULT_BRAND_COLOR,
    contactName: '',
    contactRole: '',
    contactEmail: '',
    ...BLANK_COMMERCIAL_TERMS,
    maturity: { strategy: 1, data: 1, technology: 1, people: 1, governance: 1 },
    pilotLimit: DEFAULT_PILOT_LIMIT,
    reportCadence: 'quarterly',
    status: 'active',
    notes: '',
    isDemo: input.isDemo ?? false,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** The language of a client's board report: its choice, or English. */
export function reportLanguageOf(client: Pick<Client, 'reportLanguage'>): Language {
  return client.reportLanguage ?? 'en';
}

/** Initials for a client without a logo: "Brightside Staffing" -> "BS". */
export function clientInitials(client: Pick<Client, 'name' | 'shortName'>): string {
  const source = client.shortName.trim() || client.name.trim();
  const words = source.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0].slice(0, 2).toUpperCase();
  const first = (w: string) => w.match(/[\p{L}\p{N}]/u)![0];
  return (first(words[0]) + first(words[1])).toUpperCase();
}

/** Hours agreed per month, whichever unit the engagement was agreed in. */
export function agreedHoursPerMonth(client: Pick<Client, 'agreedAmount' | 'agreedUnit'>): number | null {
  if (client.agreedAmount === null) return null;
  return client.agreedUnit === 'days' ? client.agreedAmount * HOURS_PER_DAY : client.agreedAmount;
}

/** The renewal must come after the engagement started (checked whenever either date changes). */
export function clientDatesProblem(
  client: Pick<Client, 'engagementStart' | 'renewalDate'>,
): { field: 'renewalDate'; message: string } | null {
  if (client.engagementStart && client.renewalDate && client.renewalDate <= client.engagementStart) {
    return {
      field: 'renewalDate',
      message: tell('The renewal date ({{renewal}}) must be after the engagement start ({{start}})', {
        renewal: formatDay(client.renewalDate),
        start: formatDay(client.engagementStart),
      }),
    };
  }
  return null;
}
