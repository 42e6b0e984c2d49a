import { tell } from '../shared/language';
import { z } from 'zod';
import {
  CERTIFICATIONS,
  DPA_STATUSES,
  SUB_PROCESSOR_DISCLOSURES,
  TRAINING_POLICIES,
  VENDOR_CATEGORIES,
  YES_NO_UNKNOWN,
} from './constants';

/**
 * A vendor profile in the consultant-wide library: facts about a vendor and its product, never scores.
 * Library items have no clientId; a client's scores and notes live in that client's evaluations.
 */

const timestamp = z.iso.datetime({ offset: true, error: () => tell('Must be an ISO date-time') });
const text = z.string().trim().default('');

export const SubProcessorSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => tell('Sub-processor name is required') }),
  purpose: text,
  location: text,
  /** True for the model provider behind the product (e.g. the LLM the SaaS calls). */
  isModelProvider: z.boolean().default(false),
});
export type SubProcessor = z.infer<typeof SubProcessorSchema>;

export const VendorContactSchema = z.object({
  name: text,
  role: text,
  email: z
    .union([z.literal(''), z.email({ error: () => tell('Contact email must be a valid email address') })])
    .default(''),
  phone: text,
});
export type VendorContact = z.infer<typeof VendorContactSchema>;

/** The fields a user fills in; id and timestamps are added by `createVendorProfile`. */
export const VendorProfileFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => tell('Vendor name is required') }),
  product: text,
  category: z.enum(VENDOR_CATEGORIES, {
    error: () => tell('Choose a category: LLM platform, SaaS with AI features, custom build or consultancy'),
  }),
  website: text,
  contact: VendorContactSchema.default({ name: '', role: '', email: '', phone: '' }),
  /** Headquarters country / legal jurisdiction, e.g. "Netherlands" or "US (Delaware)". */
  headquarters: text,
  /** Where customer data is stored and processed, e.g. ["EU (Frankfurt)", "US"]. */
  dataLocations: z.array(z.string().trim().min(1)).default([]),
  /** Transfer mechanism for data outside the EEA, e.g. "SCCs" or "EU-US Data Privacy Framework". */
  transferMechanism: text,
  subProcessors: z.array(SubProcessorSchema).default([]),
  subProcessorDisclosure: z.enum(SUB_PROCESSOR_DISCLOSURES).default('unknown'),
  certifications: z.array(z.enum(CERTIFICATIONS)).default([]),
  dpa: z.enum(DPA_STATUSES).default('unknown'),
  trainsOnCustomerData: z.enum(TRAINING_POLICIES).default('unknown'),
  /** Retention of prompts and outputs in plain words, e.g. "30 days for abuse monitoring". */
  retention: text,
  zeroRetentionOption: z.enum(YES_NO_UNKNOWN).default('unknown'),
  /** Not in the brief's field list, but needed for the "no encryption at rest" knock-out gate. */
  encryptionAtRest: z.enum(YES_NO_UNKNOWN).default('unknown'),
  sso: z.enum(YES_NO_UNKNOWN).default('unknown'),
  pricingModel: text,
  exitOptions: text,
  notes: text,
});
export type VendorProfileFields = z.infer<typeof VendorProfileFieldsSchema>;
/** Input accepted when creating or editing a profile (defaults filled in). */
export type VendorProfileInput = z.input<typeof VendorProfileFieldsSchema>;

export const VendorProfileSchema = VendorProfileFieldsSchema.extend({
  id: z.string().min(1),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type VendorProfile = z.infer<typeof VendorProfileSchema>;

/** The minimum other functions need to show a vendor's name. */
export type VendorRef = Pick<VendorProfile, 'id' | 'name'> & Partial<Pick<VendorProfile, 'product'>>;

/** Names of the sub-processors marked as the model provider behind the product. */
export function modelProviders(profile: Pick<VendorProfile, 'subProcessors'>): string[] {
  return profile.subProcessors.filter((s) => s.isModelProvider).map((s) => s.name);
}

/** Display name: "Vendor - Product" when a product is known and differs from the vendor name. */
export function vendorDisplayName(vendor: VendorRef): string {
  const product = vendor.product?.trim();
  return product && product.toLowerCase() !== vendor.name.trim().toLowerCase()
    ? `${vendor.name} - ${product}`
    : vendor.name;
}
