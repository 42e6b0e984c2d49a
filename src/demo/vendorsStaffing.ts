import { changeStatus, createEvaluation, type Evaluation, type VendorProfile } from '../domain/vendors';
import { DEMO_VENDOR_IDS as V } from './vendorProfiles';
import { DEMO_CLIENT_IDS } from './clients';
import { daysFrom, stampDaysAgo, type DemoContext } from './dates';
import { answers, decide, gates, score, unwrap } from './vendorEvaluationSteps';

/**
 * Brightside Staffing evaluated three CV-summarisation vendors (TalentLens has the best raw score but
 * trains on CVs without opt-out; CVSense wins on data handling and was selected) and is comparing two
 * for client emails; job postings are drafted with Quillbridge.
 */
export function staffingEvaluations(ctx: DemoContext, profiles: VendorProfile[]): Evaluation[] {
  return [cvEvaluation(ctx, profiles), emailEvaluation(ctx, profiles), jobPostingEvaluation(ctx, profiles)];
}

function cvEvaluation(ctx: DemoContext, profiles: VendorProfile[]): Evaluation {
  const t = (days: number) => stampDaysAgo(ctx, days);
  let e = unwrap(
    createEvaluation(
      {
        clientId: DEMO_CLIENT_IDS.staffing,
        title: 'CV summarisation tool',
        useCaseId: 'demo-uc-cvsummaries',
        useCaseName: 'Summarising CVs',
        vendorIds: [V.talentLens, V.cvSense, V.summa],
        notes:
          'High-risk use under the EU AI Act (Annex III 4(a)): every summary is reviewed by a recruiter. Trial on 40 anonymised CVs from the Utrecht branch.',
      },
      t(75),
      () => 'demo-eval-cv-summaries',
    ),
  );
  e = unwrap(changeStatus(e, 'in-review', t(60), profiles));
  e = score(
    e,
    V.talentLens,
    [
      [5, 'Trial: 38 of 40 summaries judged complete by two recruiters.'],
      [2, 'US-only processing; CVs used for model training (terms s.7.2).'],
      [5, 'Native connector for our ATS; SSO included.'],
      [4, 'EUR 89 per seat, 6 recruiters: about EUR 6,400 a year.'],
      [4, ''],
      [4, 'Series C funded, 400 customers; export limited to summaries.'],
      [3, 'Activity logging; no human-oversight features documented.'],
    ],
    t(55),
  );
  e = score(
    e,
    V.cvSense,
    [
      [4, 'Trial: 36 of 40 complete; missed two part-time roles.'],
      [5, 'EU-only, contractually no training, 30-day retention, ISO 27001.'],
      [3, 'No ATS connector yet; browser upload or API.'],
      [3, 'About 3,000 CVs a year at EUR 1.10: EUR 3,300 plus minimum fee.'],
      [4, 'Dutch support in office hours, 99.5% SLA with credits.'],
      [3, 'Founded 2021, profitable; full JSON export.'],
      [5, 'ISO 42001; audit log per summary; reviewer sign-off built in.'],
    ],
    t(55),
  );
  e = score(
    e,
    V.summa,
    [
      [4, 'Trial: 35 of 40 complete.'],
      [4, 'EU hosting; US support access under SCCs; training opt-out must be switched on.'],
      [4, 'ATS integration through a connector platform.'],
      [3, 'EUR 6,000 a year flat for up to 25 users.'],
      [3, 'Email support only, in English.'],
      [3, 'Mid-size vendor; CSV export on request.'],
      [3, 'Basic activity logs.'],
    ],
    t(55),
  );
  e = gates(
    e,
    V.talentLens,
    [
      ['pass', 'DPA available; reviewed by the DPO.'],
      [
        'fail',
        'Terms of service s.7.2: uploaded CVs and recruiter feedback train the matching models; sales confirmed there is no opt-out on our plan.',
      ],
      ['pass', 'AES-256 at rest (SOC 2 report, section 4).'],
      ['pass', 'US processing under the EU-US Data Privacy Framework (vendor certified).'],
      ['pass', 'Sub-processor list published, incl. OpenModel Inc.'],
    ],
    t(52),
  );
  e = gates(
    e,
    V.cvSense,
    [
      ['pass', 'DPA signed.'],
      ['pass', 'Contract clause 9: no training on customer data.'],
      ['pass', 'Encrypted at rest, keys managed by EuroCloud (ISO 27001 scope).'],
      ['pass', 'EU (Amsterdam) only.'],
      ['pass', 'Sub-processors listed with 30 days notice of changes.'],
    ],
    t(52),
  );
  e = gates(
    e,
    V.summa,
    [
      ['pass', 'DPA available.'],
      ['pass', 'Opt-out available; must be switched on in the admin console before go-live.'],
      ['pass', 'Encrypted at rest (SOC 2).'],
      ['pass', 'EU hosting; US support access covered by SCCs.'],
      ['pass', 'OpenModel Inc. named as model provider.'],
    ],
    t(52),
  );
  e = answers(
    e,
    V.cvSense,
    {
      'dd-data-location':
        'Amsterdam (EuroCloud NL), backups in Eindhoven. Support access from the Netherlands only.',
      'dd-training': 'No training by CVSense or Aurora Models; contract clause 9.',
      'dd-retention': '30 days by default; zero-retention mode per workspace. Aurora keeps no logs.',
      'dd-sub-processors':
        'EuroCloud NL (hosting), Aurora Models (inference, Paris). 30 days notice of changes.',
      'dd-deletion': 'Deletion within 7 days of request; written confirmation.',
      'dd-certifications': 'ISO 27001 certificate (valid to next year), ISO 42001 since this year.',
      'dd-encryption': 'TLS 1.3 in transit, AES-256 at rest; no customer-managed keys yet.',
      'dd-access': 'SSO (SAML), roles, exportable audit log.',
      'dd-incidents': 'Notification within 24 hours.',
      'dd-models': 'Aurora Large (EU-hosted); 60 days notice before a model change.',
      'dd-quality': 'Trial on our own 40 CVs done; error rate reported per field.',
      'dd-ai-act': 'Provides instructions for use, logs per summary and reviewer sign-off.',
      'dd-pricing': 'EUR 1.10 per summary, minimum EUR 250 a month; no price rise in two years.',
      'dd-sla': '99.5% uptime, credits from 99%; Dutch support on working days.',
      'dd-export': 'JSON and CSV export at any time, no cost.',
      'dd-exit-terms': 'Monthly contract after the first year; migration help included.',
      'dd-liability': ['Liability capped at 12 months of fees; no IP indemnity for output.', false],
    },
    t(50),
  );
  e = answers(
    e,
    V.talentLens,
    {
      'dd-training': [
        'Yes: CVs and feedback improve the matching models. No opt-out on the SMB plan.',
        false,
      ],
      'dd-data-location': 'US (Virginia).',
      'dd-certifications': 'SOC 2 Type II report shared under NDA.',
      'dd-pricing': 'EUR 89 per recruiter seat per month, annual contract.',
      'dd-export': ['Summaries as CSV only.', false],
    },
    t(50),
  );
  e = answers(
    e,
    V.summa,
    {
      'dd-data-location': 'Dublin; support engineers in the US can access data on request.',
      'dd-training': 'Opt-out in the admin console; off by default.',
      'dd-retention': '90 days.',
      'dd-sub-processors': 'OpenModel Inc. (US) for inference.',
      'dd-transfers': 'SCCs with OpenModel and for US support access.',
      'dd-certifications': 'SOC 2 Type II.',
      'dd-access': ['No SSO; passwords with 2FA only.', false],
      'dd-pricing': 'EUR 6,000 a year for up to 25 users.',
    },
    t(50),
  );
  const decidedOn = daysFrom(ctx, -40);
  e = decide(
    e,
    V.cvSense,
    'selected',
    'Only vendor that passes every gate with EU-only processing, no training on candidate data and ISO 42001. Best on security and compliance; quality within 0.25 points of the best on our 40-CV trial.',
    decidedOn,
    t(40),
    profiles,
  );
  e = decide(
    e,
    V.summa,
    'shortlisted',
    'Fallback if CVSense pricing or the ATS connector slips; needs SSO and the training opt-out switched on.',
    decidedOn,
    t(40),
    profiles,
  );
  e = decide(
    e,
    V.talentLens,
    'rejected',
    'Ruled out: trains its models on our candidates’ CVs without an opt-out.',
    decidedOn,
    t(40),
    profiles,
  );
  return unwrap(changeStatus(e, 'decided', t(40), profiles, { confirmGaps: true }));
}

function emailEvaluation(ctx: DemoContext, profiles: VendorProfile[]): Evaluation {
  const t = (days: number) => stampDaysAgo(ctx, days);
  let e = unwrap(
    createEvaluation(
      {
        clientId: DEMO_CLIENT_IDS.staffing,
        title: 'Client email answering',
        useCaseId: 'demo-uc-clientemails',
        useCaseName: 'Answering client emails',
        vendorIds: [V.replywise, V.quillbridge],
        notes:
          'Drafts only: a consultant approves every outgoing reply. Clients are told that replies are drafted with AI.',
      },
      t(21),
      () => 'demo-eval-client-emails',
    ),
  );
  e = unwrap(changeStatus(e, 'in-review', t(14), profiles));
  e = score(
    e,
    V.replywise,
    [
      [4, '50 real client emails: 41 drafts usable with small edits.'],
      [4, 'EU (Frankfurt), contractually no training, drafts kept 14 days.'],
      [5, 'Outlook add-in; SSO with our Microsoft tenant.'],
      [4, 'EUR 19 per mailbox: 14 mailboxes, about EUR 3,200 a year.'],
      [3, 'Office hours support; no SLA credits.'],
      [2, '12-person company, seed funded.'],
      [3, 'AI disclosure footer configurable; basic logs.'],
    ],
    t(10),
  );
  e = score(
    e,
    V.quillbridge,
    [
      [4, 'Same 50 emails: 43 drafts usable, needs a prompt library.'],
      [4, ''],
      [2, 'Separate workspace; no Outlook add-in.'],
      [3, 'EUR 28 per user: about EUR 4,700 a year.'],
      null,
      null,
      null,
    ],
    t(9),
  );
  e = gates(
    e,
    V.replywise,
    [
      ['pass', 'DPA available.'],
      ['pass', 'No training, contract clause 4.3.'],
      ['pass', 'Encrypted at rest (ISO 27001 scope).'],
      ['pass', 'EU (Frankfurt) only, EU data zone at OpenModel.'],
      ['pass', 'Sub-processors listed.'],
    ],
    t(9),
  );
  e = gates(
    e,
    V.quillbridge,
    [['pass', 'DPA available.'], ['pass', 'Contractually no training.'], null, null, null],
    t(8),
  );
  e = answers(
    e,
    V.replywise,
    {
      'dd-data-location': 'Frankfurt; OpenModel EU data zone.',
      'dd-training': 'No training by Replywise or OpenModel (zero data retention agreement).',
      'dd-pricing': 'EUR 19 per mailbox per month, monthly cancellable.',
      'dd-viability': ['Seed funded, 18 months runway; no escrow.', false],
    },
    t(8),
  );
  e = answers(e, V.quillbridge, { 'dd-models': 'OpenModel models; 30 days notice of changes.' }, t(8));
  return e;
}

function jobPostingEvaluation(ctx: DemoContext, profiles: VendorProfile[]): Evaluation {
  const t = (days: number) => stampDaysAgo(ctx, days);
  let e = unwrap(
    createEvaluation(
      {
        clientId: DEMO_CLIENT_IDS.staffing,
        title: 'Job posting drafting assistant',
        useCaseId: 'demo-uc-jobads',
        useCaseName: 'Writing job postings',
        vendorIds: [V.quillbridge],
        notes:
          'One candidate only: recruiters already used Quillbridge informally. Checked against the gates and criteria before making it official.',
      },
      t(150),
      () => 'demo-eval-job-postings',
    ),
  );
  e = score(
    e,
    V.quillbridge,
    [
      [4, '25 postings drafted; 21 published after light edits.'],
      [4, 'EU data residency, contractually no training, zero retention on the business plan.'],
      [3, 'Separate workspace; copy-paste into the job board.'],
      [4, '8 recruiters at EUR 28: about EUR 2,700 a year.'],
      [4, '99.9% uptime SLA.'],
      [4, 'Listed company; full workspace export.'],
      [3, 'Usage logs; no bias check on job ad wording.'],
    ],
    t(140),
  );
  e = gates(
    e,
    V.quillbridge,
    [
      ['pass', 'DPA available; signature pending with Brightside legal.'],
      ['pass', 'Contractually no training.'],
      ['pass', 'Encrypted at rest (SOC 2, ISO 27001).'],
      ['pass', 'EU (Dublin); US support access under the Data Privacy Framework and SCCs.'],
      ['pass', 'Sub-processor list published, incl. OpenModel Inc.'],
    ],
    t(140),
  );
  e = decide(
    e,
    V.quillbridge,
    'selected',
    'Passes every gate, already liked by recruiters, low cost; a recruiter reviews every posting before it is published.',
    daysFrom(ctx, -135),
    t(135),
    profiles,
  );
  return unwrap(changeStatus(e, 'decided', t(135), profiles, { confirmGaps: true }));
}
