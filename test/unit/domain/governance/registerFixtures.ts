import {
  REGISTERS,
  type AiSystem,
  type GovernanceData,
  type RegisterId,
  emptyGovernanceData,
} from '../../../../src/domain/governance';

export const CLIENT = 'client-a';
let counter = 0;

/** A valid stored record of a register: its defaults, then the given fields. */
export function makeRecord<T>(registerId: RegisterId, fields: Record<string, unknown> = {}): T {
  counter += 1;
  return {
    ...REGISTERS[registerId].defaults('2026-11-26'),
    id: `${registerId}-${counter}`,
    clientId: CLIENT,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...fields,
  } as T;
}

export const system = (fields: Record<string, unknown> = {}) =>
  makeRecord<AiSystem>('aiSystems', {
    name: 'System',
    status: 'approved',
    businessOwner: 'Owner',
    ...fields,
  });

export function data(parts: Partial<GovernanceData>): GovernanceData {
  return { ...emptyGovernanceData(), ...parts };
}
