import { changeStatus, createEvaluation, type Evaluation, type VendorProfile } from '../domain/vendors';
import { DEMO_VENDOR_IDS as V } from './vendorProfiles';
import { DEMO_CLIENT_IDS } from './clients';
import { daysFrom, stampDaysAgo, type DemoContext } from './dates';
import { decide, score, unwrap } from './vendorEvaluationSteps';

/** Nordhaven (the manufacturer) chose Quillbridge, the vendor Brightside uses for job postings, over a custom build. */
export function nordhavenEvaluation(ctx: DemoContext, profiles: VendorProfile[]): Evaluation {
  const t = (days: number) => stampDaysAgo(ctx, days);
  let e = unwrap(
    createEvaluation(
      {
        clientId: DEMO_CLIENT_IDS.manufacturer,
        title: 'Maintenance knowledge assistant',
        useCaseName: 'Questions on machine manuals',
        vendorIds: [V.quillbridge, V.steelworks],
        notes: 'Technicians ask questions about 1,200 machine manuals on the shop floor.',
      },
      t(230),
      () => 'demo-eval-nordhaven-maintenance',
    ),
  );
  e = score(
    e,
    V.quillbridge,
    [
      [4, 'Pilot on 30 manuals: 27 of 30 answers correct with source.'],
      [4, 'EU data residency, no training, zero retention on the business plan.'],
      [4, 'SharePoint connector; SSO.'],
      [4, '40 users: about EUR 13,400 a year.'],
      [4, '99.9% SLA.'],
      [4, 'Listed company; full export.'],
      [4, 'Usage logs and source citations.'],
    ],
    t(215),
  );
  e = score(
    e,
    V.steelworks,
    [
      [4, 'Demo on 10 manuals, good answers.'],
      [3, 'On-premise, but no security evidence offered yet.'],
      [3, 'Custom integration with the maintenance system.'],
      [2, 'EUR 48,000 build plus 15% a year.'],
      [3, 'Two developers; no SLA.'],
      [3, 'Source code handed over.'],
      [3, 'To be built.'],
    ],
    t(215),
  );
  const decidedOn = daysFrom(ctx, -205);
  e = decide(
    e,
    V.quillbridge,
    'selected',
    'Ready now, EU data residency and a third of the three-year cost of a custom build.',
    decidedOn,
    t(205),
    profiles,
  );
  e = decide(
    e,
    V.steelworks,
    'rejected',
    'Three times the cost over three years and a six-month build; no DPA or security evidence offered yet.',
    decidedOn,
    t(205),
    profiles,
  );
  return unwrap(changeStatus(e, 'decided', t(205), profiles, { confirmGaps: true }));
}
