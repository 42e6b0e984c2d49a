import { z } from 'zod';
import { LOGO_DATA_URL } from '../clients/logo';
import { tell } from '../shared/language';

/**
 * The consultant's own profile: who signs the deliverables (workshop summary, board report) and how
 * many hours a week there are to plan. One per workspace (a setting), never client data.
 */
export const CONSULTANT_PROFILE_KEY = 'consultant.profile';

const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters`).default('');

export const consultantProfileSchema = z.object({
  name: text('Name', 120),
  title: text('Title', 120),
  email: z.union([z.literal(''), z.email('Email must be an address such as name@example.com')]).default(''),
  phone: text('Phone', 40),
  /** Company or practice name shown next to the name. */
  company: text('Company', 120),
  /** Data URL of a PNG, JPEG or SVG (checked by content like client logos), or ''; anything else (a web address) reads as ''. */
  logo: z
    .union([z.literal(''), z.string().regex(LOGO_DATA_URL)])
    .default('')
    .catch(''),
  weeklyCapacityHours: z
    .number({ error: () => tell('Weekly capacity must be a number of hours') })
    .min(0, { error: () => tell('Weekly capacity cannot be negative') })
    .max(100, { error: () => tell('Weekly capacity can be at most 100 hours') })
    .default(0),
});
export type ConsultantProfile = z.infer<typeof consultantProfileSchema>;
export type ConsultantField = keyof ConsultantProfile;

export const EMPTY_CONSULTANT: ConsultantProfile = consultantProfileSchema.parse({});

/** The stored value read tolerantly: anything unreadable falls back to the empty profile's field. */
export function readConsultantProfile(stored: unknown): ConsultantProfile {
  const parsed = consultantProfileSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : EMPTY_CONSULTANT;
}

/** Checks one edited field; the message names the field. */
export function checkConsultantField(
  profile: ConsultantProfile,
  field: ConsultantField,
  value: unknown,
): { ok: true; profile: ConsultantProfile } | { ok: false; message: string } {
  const parsed = consultantProfileSchema.safeParse({ ...profile, [field]: value });
  return parsed.success
    ? { ok: true, profile: parsed.data }
    : { ok: false, message: parsed.error.issues[0].message };
}

/**
 * How a deliverable names the consultant: "Questions: Anna de Wit, Fractional Chief AI Officer ·
 * anna@dewit.ai · +31 6 1234 5678"; null when no name is set (the deliverable then says nothing rather
 * than an app name).
 */
export function consultantSignature(
  profile: ConsultantProfile,
): { name: string; role: string; contact: string } | null {
  if (!profile.name) return null;
  const role = [profile.title, profile.company].filter(Boolean).join(', ');
  const contact = [profile.email, profile.phone].filter(Boolean).join(' · ');
  return { name: profile.name, role, contact };
}

/** One line: "Anna de Wit, Fractional Chief AI Officer · anna@dewit.ai · +31 6 1234 5678". */
export function signatureLine(signature: { name: string; role: string; contact: string }): string {
  return `${signature.name}${signature.role ? `, ${signature.role}` : ''}${signature.contact ? ` · ${signature.contact}` : ''}`;
}

/** Who a board report is "prepared by": the consultant from the profile, or the role while no name is set. */
export function preparedByLine(profile: ConsultantProfile): string {
  const signature = consultantSignature(profile);
  return signature ? signatureLine(signature) : profile.title || 'Fractional Chief AI Officer';
}
