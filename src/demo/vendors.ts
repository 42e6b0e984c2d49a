import { migrateSignedDpa } from '../domain/vendors';
import { toStoredEvaluation } from '../db/vendors/evaluations';
import { demoCriteriaTemplate, demoVendorProfiles } from './vendorProfiles';
import { daysFrom, stampDaysAgo } from './dates';
import type { DemoSeed } from './seed';
import { staffingEvaluations } from './vendorsStaffing';
import { nordhavenEvaluation } from './vendorsOthers';

/**
 * Vendors in the demo: the library of fictional vendors, Brightside Staffing's three evaluations
 * (`vendorsStaffing.ts`) and Nordhaven's one (`vendorsOthers.ts`), the contracts of the selected vendors.
 */
export const vendorsDemoSeed: DemoSeed = (ctx) => {
  const library = demoVendorProfiles(stampDaysAgo(ctx, 240));
  const evaluations = [...staffingEvaluations(ctx, library), nordhavenEvaluation(ctx, library)];
  // The demo is written in today's shape: "DPA signed" is the selecting client's contract fact, not the library's.
  let n = 0;
  const moved = migrateSignedDpa(
    library,
    evaluations,
    [],
    stampDaysAgo(ctx, 200),
    () => `demo-contract-${++n}`,
  );
  const contracts = moved.contracts.map((c) => ({
    ...c,
    notes: '',
    dpaSignedOn: daysFrom(ctx, -200),
    contractStart: daysFrom(ctx, -200),
  }));
  const changed = new Map(moved.profiles.map((p) => [p.id, p]));
  return {
    vendorProfiles: library.map((p) => changed.get(p.id) ?? p),
    vendorContracts: contracts,
    criteriaTemplates: [demoCriteriaTemplate(stampDaysAgo(ctx, 120))],
    evaluations: evaluations.map(toStoredEvaluation),
  };
};
