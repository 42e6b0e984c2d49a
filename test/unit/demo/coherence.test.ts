import { describe, expect, it } from 'vitest';
import { buildDemoRecords, demoContext } from '../../../src/demo/workspace';

/**
 * The demo must be one believable world: one cast of people (a role has one name and a name one role
 * within a client), one set of tool and vendor facts, and dates in order. Checked here so it cannot drift.
 */
const ctx = demoContext(new Date('2026-11-26T10:00:00.000Z'));
const records = buildDemoRecords(ctx);
const rows = (table: string) => (records.get(table) ?? []) as unknown as Record<string, unknown>[];
const PERSON = /^([A-Z][\p{L}'’.-]+(?: [\p{L}'’.-]+)+) \(([^)]+)\)$/u;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('the demo workspace is coherent', () => {
  it('one cast: within a client a name has one role and a role one name', () => {
    const problems: string[] = [];
    for (const client of rows('clients')) {
      const roleOf = new Map<string, Set<string>>();
      const nameOf = new Map<string, Set<string>>();
      for (const [table, list] of records) {
        if (table === 'clients' || table === 'changes') continue;
        for (const record of list as unknown as Record<string, unknown>[]) {
          if (record.clientId !== client.id) continue;
          for (const text of strings(record)) {
            const m = PERSON.exec(text.trim());
            if (!m) continue;
            roleOf.set(m[1], new Set([...(roleOf.get(m[1]) ?? []), m[2]]));
            nameOf.set(m[2], new Set([...(nameOf.get(m[2]) ?? []), m[1]]));
          }
        }
      }
      for (const [name, roles] of roleOf)
        if (roles.size > 1) problems.push(`${client.name}: ${name} is ${[...roles].join(' / ')}`);
      for (const [role, names] of nameOf)
        if (names.size > 1) problems.push(`${client.name}: ${role} is ${[...names].join(' / ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('one set of vendor facts: the AI systems of a use case name the vendor selected for it', () => {
    const profiles = new Map(rows('vendorProfiles').map((p) => [p.id as string, String(p.name)]));
    const problems: string[] = [];
    for (const evaluation of rows('evaluations')) {
      const selected = (
        evaluation.vendors as { vendorId: string; decision?: { outcome: string } | null }[]
      ).filter((v) => v.decision?.outcome === 'selected');
      if (!evaluation.useCaseId || selected.length === 0) continue;
      const names = selected.map((v) => (profiles.get(v.vendorId) ?? '').toLowerCase());
      for (const system of rows('aiSystems').filter((s) =>
        (s.useCaseIds as string[]).includes(evaluation.useCaseId as string),
      )) {
        const vendor = String(system.vendor ?? '').toLowerCase();
        if (vendor && !names.some((n) => n.includes(vendor) || vendor.includes(n)))
          problems.push(`${String(system.name)}: vendor ${vendor}, selected ${names.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('processing records state the same transfers as the vendor library', () => {
    const problems: string[] = [];
    for (const record of rows('privacyRecords')) {
      const vendor = String(record.dpaVendor ?? '').toLowerCase();
      const profile = rows('vendorProfiles').find(
        (p) => vendor && String(p.name).toLowerCase().includes(vendor.split(' ')[0]),
      );
      if (!profile) continue;
      const libraryTransfers = String(profile.transferMechanism ?? '').trim() !== '';
      const recordTransfers = record.transferMechanism !== 'none';
      if (libraryTransfers !== recordTransfers)
        problems.push(
          `${String(record.title)}: ${String(record.transferMechanism)} vs library "${String(profile.transferMechanism)}" for ${String(profile.name)}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('dates in order: nothing changed before it was created, stage histories run forward and not past today', () => {
    const problems: string[] = [];
    const created = new Map<string, string>();
    for (const [table, list] of records) {
      for (const record of list as unknown as Record<string, unknown>[]) {
        if (typeof record.createdAt === 'string') created.set(String(record.id), record.createdAt);
        if (
          typeof record.createdAt === 'string' &&
          typeof record.updatedAt === 'string' &&
          record.updatedAt < record.createdAt
        )
          problems.push(`${table} ${String(record.id)} updated before created`);
        const history = record.stageHistory as { date: string }[] | undefined;
        if (history) {
          for (let i = 1; i < history.length; i++)
            if (history[i].date < history[i - 1].date)
              problems.push(`${String(record.title)}: stage history goes back`);
          if (history.some((h) => h.date > ctx.today))
            problems.push(`${String(record.title)}: stage in the future`);
        }
      }
    }
    for (const change of rows('changes')) {
      const at = String(change.at);
      const since = created.get(String(change.entityId));
      if (since && at < since)
        problems.push(`change of ${String(change.entityId)} at ${at} before it was created (${since})`);
      if (at > ctx.now) problems.push(`change of ${String(change.entityId)} in the future`);
    }
    expect(problems).toEqual([]);
  });
});
