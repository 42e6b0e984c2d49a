import {
  REGISTERS,
  effectiveTier,
  recordTitle,
  type DisplayTier,
  type GovernanceData,
  type LinkTarget,
  type RegisterId,
  type RegisterRecord,
} from '../../../domain/governance';
import type { UseCaseOption } from '../../../db/governance/queries';
import { TIER_LABELS } from '../TierBadge';
import { interfaceT } from '../../../state/interfaceLanguage';

/** Short names for the governance navigation. */
export const REGISTER_NAV_LABELS: Record<RegisterId, string> = {
  aiSystems: 'AI systems',
  privacyRecords: 'Data and privacy',
  raciEntries: 'RACI',
  decisionRights: 'Decision rights',
  escalationPaths: 'Escalation',
  incidents: 'Incidents',
  risks: 'Risks',
  policies: 'Policies',
  trainingRecords: 'AI literacy',
  governanceDecisions: 'Decisions',
  governanceActions: 'Actions',
};

export function governancePath(clientId: string, ...parts: string[]): string {
  return [`/clients/${clientId}/governance`, ...parts].join('/');
}

export function recordPath(clientId: string, registerId: RegisterId | 'controls', id: string): string {
  if (registerId === 'controls') return `/clients/${clientId}/controls/list/${id}`;
  return governancePath(clientId, REGISTERS[registerId].slug, id);
}

/** A record some field links to, as shown in chips, cells and CSV. */
export interface LinkedItem {
  id: string;
  target: LinkTarget;
  label: string;
  href: string | null;
  tier?: DisplayTier;
  overridden?: boolean;
  missing?: boolean;
}

export type LinkIndex = Map<string, LinkedItem>;

/** Every record of the client's registers (and its use cases) by id. */
export function buildLinkIndex(
  clientId: string,
  data: GovernanceData,
  useCases: readonly UseCaseOption[],
): LinkIndex {
  const index: LinkIndex = new Map();
  for (const registerId of Object.keys(REGISTERS) as RegisterId[]) {
    const register = REGISTERS[registerId];
    for (const record of data[registerId] as unknown as RegisterRecord[]) {
      const item: LinkedItem = {
        id: record.id,
        target: registerId,
        label: recordTitle(register, record),
        href: recordPath(clientId, registerId, record.id),
      };
      if (registerId === 'aiSystems') {
        const system = record as unknown as GovernanceData['aiSystems'][number];
        item.tier = effectiveTier(system.classification);
        item.overridden = Boolean(system.classification?.override);
      }
      index.set(record.id, item);
    }
  }
  for (const useCase of useCases) {
    const tier = (
      ['prohibited', 'high', 'limited', 'minimal'].includes(useCase.riskTier)
        ? useCase.riskTier
        : 'unclassified'
    ) as DisplayTier;
    index.set(useCase.id, { id: useCase.id, target: 'useCases', label: useCase.title, href: null, tier });
  }
  return index;
}

export function resolveLink(index: LinkIndex, id: string, target: LinkTarget = 'aiSystems'): LinkedItem {
  return (
    index.get(id) ?? {
      id,
      target,
      label: interfaceT()(target === 'useCases' ? 'Use case (not in this workspace)' : 'Removed item'),
      href: null,
      missing: true,
    }
  );
}

/** The text of a link in CSV and sort keys: AI systems carry their tier. */
export function linkText(index: LinkIndex, id: string): string {
  const item = resolveLink(index, id);
  return item.tier && item.target === 'aiSystems' ? `${item.label} (${TIER_LABELS[item.tier]})` : item.label;
}

/** The records a links field can point to, grouped by register, for its picker. */
export function linkOptions(
  index: LinkIndex,
  targets: readonly LinkTarget[],
  excludeId: string,
): { target: LinkTarget; items: LinkedItem[] }[] {
  return targets.map((target) => ({
    target,
    items: [...index.values()]
      .filter((item) => item.target === target && item.id !== excludeId)
      .sort((a, b) => a.label.localeCompare(b.label)),
  }));
}

export const LINK_TARGET_LABELS: Record<LinkTarget, string> = {
  ...Object.fromEntries(Object.values(REGISTERS).map((r) => [r.id, r.title])),
  useCases: 'Use cases',
} as Record<LinkTarget, string>;

/** People already named anywhere in the client's registers: suggestions for person fields. */
export function knownPeople(data: GovernanceData): string[] {
  const names = new Set<string>();
  for (const registerId of Object.keys(REGISTERS) as RegisterId[]) {
    const personFields = REGISTERS[registerId].fields.filter(
      (f) => f.kind === 'person' || f.kind === 'people',
    );
    for (const record of data[registerId] as unknown as RegisterRecord[]) {
      for (const field of personFields) {
        const value = record[field.key];
        for (const name of Array.isArray(value) ? value : [value])
          if (typeof name === 'string' && name.trim()) names.add(name.trim());
      }
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
