import type { DemoSeed } from './seed';
import { mergeSeeds } from './governanceHelpers';
import { otherClientsGovernance } from './governanceOthers';
import { staffingGovernanceSetup } from './governanceStaffing';
import { staffingGovernanceRecords } from './governanceStaffingRecords';

/**
 * The governance registers of the demo workspace: the staffing firm's governance for candidate
 * data (classified AI systems, DPIA, RACI, decision rights, escalation paths, the CV-summary
 * incident, risks, acceptable-use policy, training), and lighter governance for the other two.
 */
export const governanceDemoSeed: DemoSeed = (ctx) =>
  mergeSeeds(staffingGovernanceSetup(ctx), ...staffingGovernanceRecords(ctx), ...otherClientsGovernance(ctx));
