import type { DemoContext } from './dates';
import { DEMO_CLIENT_IDS } from './clients';
import { answers, classified, day, demoRows, moment, type SeedRecords } from './governanceHelpers';

/**
 * Lighter governance for the other two demo clients: the accountancy practice at the start
 * (a restricted trial tool, not yet classified, a draft policy), and the manufacturer with a system
 * in production, a retired pilot and an Art. 6(3) exception on record.
 */

function accountancy(ctx: DemoContext): SeedRecords {
  const joost = 'Joost van Dijk (Managing Partner)';
  return demoRows(
    ctx,
    DEMO_CLIENT_IDS.accountancy,
    [
      [
        'aiSystems',
        'demo-ais-vd-chatgpt',
        {
          name: 'ChatGPT Team (trial)',
          vendor: 'OpenAI',
          product: 'ChatGPT Team',
          status: 'restricted',
          usageConditions:
            'Only for internal texts and research. No client data until the DPA and data residency are checked.',
          businessOwner: joost,
          users: ['All staff'],
          departments: ['Whole practice'],
          personalData: 'unknown',
          nextReviewDate: day(ctx, 20),
        },
      ],
      [
        'aiSystems',
        'demo-ais-vd-free',
        { name: 'Free AI chat tools', status: 'banned', usageConditions: 'Not for any client work.' },
      ],
      [
        'policies',
        'demo-pol-vd-ai',
        {
          title: 'AI policy (first draft)',
          policyType: 'aiPolicy',
          version: '0.1',
          owner: joost,
          status: 'draft',
          reviewDate: day(ctx, 30),
          text: "Client confidentiality first: no client data in AI tools without a DPA and a partner's approval.",
        },
      ],
      [
        'risks',
        'demo-risk-vd-confidential',
        {
          title: 'Client financial data entered into AI tools',
          category: 'privacy',
          aiSystemIds: ['demo-ais-vd-chatgpt'],
          likelihoodBefore: 4,
          severityBefore: 5,
          treatment: 'mitigate',
          owner: joost,
          dueDate: day(ctx, 10),
          status: 'open',
        },
      ],
      [
        'trainingRecords',
        'demo-trn-vd-all',
        {
          person: 'All staff',
          headcount: 28,
          role: 'Whole practice',
          aiSystemIds: ['demo-ais-vd-chatgpt'],
          training: 'AI awareness session (ideation workshop)',
          trainingDate: day(ctx, -1),
          refreshDue: day(ctx, 364),
        },
      ],
      [
        'governanceDecisions',
        'demo-dec-vd-nodata',
        {
          date: day(ctx, -10),
          decision: 'No client data in AI tools until a DPA is in place',
          decidedBy: "Partners' meeting",
          relatedIds: ['demo-ais-vd-chatgpt'],
        },
      ],
      [
        'governanceActions',
        'demo-act-vd-dpa',
        {
          title: "Check OpenAI's DPA and data residency for ChatGPT Team",
          owner: 'Fractional CAIO',
          dueDate: day(ctx, 9),
          status: 'open',
          relatedIds: ['demo-ais-vd-chatgpt'],
        },
      ],
    ],
    30,
  );
}

function manufacturer(ctx: DemoContext): SeedRecords {
  const katrin = 'Katrin Albers (COO)';
  const lukas = 'Lukas Brandt (Digital lead)';
  const quality = 'Henrik Vogel (Quality manager)';
  return demoRows(
    ctx,
    DEMO_CLIENT_IDS.manufacturer,
    [
      [
        'aiSystems',
        'demo-ais-nh-vision',
        {
          name: 'Visual quality inspection (line 2)',
          vendor: 'VisiQ Systems',
          product: 'VisiQ Inline',
          modelVersion: 'Defect model v3.2 (on-premise)',
          deployment: 'onPremise',
          status: 'approved',
          purpose: 'Detects surface defects on machined parts and rejects them from line 2.',
          businessOwner: katrin,
          technicalOwner: lukas,
          users: ['Line 2 operators', 'Quality engineers'],
          departments: ['Production', 'Quality'],
          personalData: 'no',
          humanOversight: 'onTheLoop',
          dpiaStatus: 'notRequired',
          lastReviewDate: day(ctx, -40),
          nextReviewDate: day(ctx, 50),
          useCaseIds: ['demo-uc-nh-inspection'],
          ...classified(ctx, answers({}), ['art4.literacy'], 200),
        },
      ],
      [
        'aiSystems',
        'demo-ais-nh-maintenance',
        {
          name: 'Predictive maintenance (pilot)',
          vendor: 'SensAI',
          status: 'retired',
          businessOwner: lukas,
          useCaseIds: ['demo-uc-nh-maintenance'],
          notes: 'Retired after the sensor vendor changed its data format.',
        },
      ],
      [
        'aiSystems',
        'demo-ais-nh-quotes',
        {
          name: 'Quote assistant',
          vendor: 'Microsoft',
          product: 'Azure OpenAI (internal app)',
          status: 'fromUseCases',
          technicalOwner: lukas,
          purpose:
            'Drafts quotes for custom parts from the drawing and the price list; a sales engineer checks and sends them.',
          users: ['Sales engineers'],
          departments: ['Sales'],
          personalData: 'no',
          humanOversight: 'inTheLoop',
          useCaseIds: ['demo-uc-nh-quotes'],
          nextReviewDate: day(ctx, 40),
        },
      ],
      [
        'aiSystems',
        'demo-ais-nh-shifts',
        {
          name: 'Shift planning assistant',
          vendor: 'Planwise',
          product: 'Planwise Optimise',
          status: 'inPilot',
          businessOwner: katrin,
          technicalOwner: lukas,
          purpose:
            'Proposes shift rosters from availability, certified skills and labour rules; the shift lead decides.',
          users: ['Shift leads'],
          departments: ['Production'],
          personalData: 'yes',
          dataSubjects: ['employees'],
          dataCategories: ['Availability', 'Certifications'],
          humanOversight: 'inTheLoop',
          dpiaCriteria: ['vulnerableSubjects', 'innovativeTechnology'],
          dpiaStatus: 'required',
          nextReviewDate: day(ctx, 25),
          ...classified(
            ctx,
            answers({
              'annex3.4b': true,
              'art6_3.a': true,
              'art6_3.noSignificantRisk': true,
              'art6_3.profiling': false,
              'art6_3.reasoning':
                'It only matches availability and certified skills to shifts under fixed labour rules (a narrow procedural task); it does not evaluate performance or behaviour, and the shift lead decides.',
            }),
            ['art4.literacy'],
            15,
          ),
        },
      ],
      [
        'raciEntries',
        'demo-raci-nh-vision',
        {
          subject: 'Visual quality inspection',
          aiSystemIds: ['demo-ais-nh-vision'],
          accountable: katrin,
          responsible: [quality, lukas],
          informed: ['Works council'],
        },
      ],
      [
        'decisionRights',
        'demo-dr-nh-reject',
        {
          decisionType: 'Rejecting a part as defective',
          rule: 'The system rejects parts; a quality engineer reviews a daily sample of rejects and every customer complaint.',
          aiSystemIds: ['demo-ais-nh-vision'],
          aiRole: 'decides',
          humanApproval: 'bySample',
          approvalThreshold: '5% of rejects per shift',
          approverRole: 'Quality engineer',
          killSwitch: 'Shift lead line 2',
          accountableWhenWrong: quality,
        },
      ],
      [
        'escalationPaths',
        'demo-esc-nh-outage',
        {
          title: 'Vision system outage',
          issueType: 'vendorOutage',
          firstContact: 'Shift lead line 2',
          firstResponseTime: '15 minutes',
          steps: [
            { contact: lukas, responseTime: '1 hour' },
            { contact: 'VisiQ support (contract SLA)', responseTime: '4 hours' },
          ],
          finalDecisionMaker: katrin,
          aiSystemIds: ['demo-ais-nh-vision'],
          notes: 'Fall back to manual inspection of every part.',
        },
      ],
      [
        'incidents',
        'demo-inc-nh-falserejects',
        {
          title: 'False rejects after lighting change on line 2',
          occurredAt: moment(ctx, -48, '06:10'),
          detectedAt: moment(ctx, -48, '07:45'),
          reporter: 'Shift lead line 2',
          aiSystemIds: ['demo-ais-nh-vision'],
          type: 'malfunction',
          severity: 'minor',
          description: 'New LED lighting raised the false-reject rate from 1% to 9% for one shift.',
          containment: 'Manual inspection for the rest of the shift.',
          rootCause: 'Model not trained on the new lighting.',
          correctiveActions: 'Recalibrated with 400 new images; lighting changes now need a model check.',
          status: 'closed',
          closedDate: day(ctx, -44),
        },
      ],
      [
        'risks',
        'demo-risk-nh-missed',
        {
          title: 'Missed defects reach customers',
          category: 'accuracy',
          aiSystemIds: ['demo-ais-nh-vision'],
          likelihoodBefore: 2,
          severityBefore: 5,
          controls: 'Daily sample review; end-of-line manual check for safety parts.',
          likelihoodAfter: 1,
          severityAfter: 5,
          controlsInPlace: true,
          treatment: 'mitigate',
          owner: quality,
          status: 'monitoring',
          reviewDate: day(ctx, 35),
        },
      ],
      [
        'risks',
        'demo-risk-nh-cameras',
        {
          title: 'Camera images show workers at the line',
          category: 'privacy',
          aiSystemIds: ['demo-ais-nh-vision'],
          likelihoodBefore: 3,
          severityBefore: 3,
          controls: 'Cameras masked to the conveyor; images kept 7 days.',
          likelihoodAfter: 1,
          severityAfter: 3,
          controlsInPlace: true,
          treatment: 'mitigate',
          owner: lukas,
          status: 'monitoring',
          reviewDate: day(ctx, 70),
        },
      ],
      [
        'policies',
        'demo-pol-nh-ai',
        {
          title: 'AI policy',
          policyType: 'aiPolicy',
          version: '1.0',
          owner: katrin,
          approvedBy: 'Executive board',
          effectiveDate: day(ctx, -380),
          reviewDate: day(ctx, -10),
          status: 'approved',
          text: 'AI at Nordhaven supports people in production and quality; every system has an accountable owner and a fallback without AI.',
        },
      ],
      [
        'trainingRecords',
        'demo-trn-nh-operators',
        {
          person: 'Line 2 operators',
          headcount: 18,
          role: 'Production',
          aiSystemIds: ['demo-ais-nh-vision'],
          training: 'Working with the vision system (1 h)',
          trainingDate: day(ctx, -120),
          refreshDue: day(ctx, 245),
        },
      ],
      [
        'trainingRecords',
        'demo-trn-nh-quality',
        {
          person: 'Quality engineers',
          headcount: 4,
          role: 'Quality',
          aiSystemIds: ['demo-ais-nh-vision'],
          training: 'Model review and recalibration',
          trainingDate: day(ctx, -400),
          refreshDue: day(ctx, -35),
        },
      ],
      [
        'trainingRecords',
        'demo-trn-nh-shiftleads',
        {
          person: 'Shift leads',
          headcount: 6,
          role: 'Production',
          aiSystemIds: ['demo-ais-nh-shifts'],
          training: 'Shift planning assistant pilot briefing',
          trainingDate: day(ctx, -14),
          refreshDue: day(ctx, 351),
        },
      ],
      [
        'governanceDecisions',
        'demo-dec-nh-retire',
        {
          date: day(ctx, -38),
          decision: 'Retire the predictive-maintenance pilot',
          rationale:
            'The sensor vendor changed its data format; rebuilding the pipeline costs more than the expected savings.',
          decidedBy: katrin,
          relatedIds: ['demo-ais-nh-maintenance'],
        },
      ],
      [
        'governanceActions',
        'demo-act-nh-handover',
        {
          title: 'Hand over the AI registers to the digital lead',
          owner: lukas,
          dueDate: day(ctx, 30),
          status: 'inProgress',
        },
      ],
      [
        'governanceActions',
        'demo-act-nh-dpia',
        {
          title: 'Carry out the DPIA for the shift planning assistant',
          owner: lukas,
          dueDate: day(ctx, 14),
          status: 'open',
          relatedIds: ['demo-ais-nh-shifts'],
        },
      ],
    ],
    120,
  );
}

export function otherClientsGovernance(ctx: DemoContext): SeedRecords[] {
  return [accountancy(ctx), manufacturer(ctx)];
}
