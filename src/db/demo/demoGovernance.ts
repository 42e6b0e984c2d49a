import type { DemoSeed } from './demoSeed';
import { mergeSeeds } from './demoGovernanceHelpers';
import { otherClientsGovernance } from './demoGovernanceOthers';
import { staffingGovernanceSetup } from './demoGovernanceStaffing';
import { staffingGovernanceRecords } from './demoGovernanceStaffingRecords';

/**
 * The governance registers of the demo workspace: the staffing firm's governance for candidate
 * data (classified AI systems, DPIA, RACI, decision rights, escalation paths, the CV-summary
 * incident, risks, acceptable-use policy, training), and lighter governance for the other two.
 */
export const governanceDemoSeed: DemoSeed = (ctx) => mergeSeeds(staffingGovernanceSetup(ctx), ...staffingGovernanceRecords(ctx), ...otherClientsGovernance(ctx));
