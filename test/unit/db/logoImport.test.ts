import { beforeEach, describe, expect, it } from 'vitest';
import { createClientBundle, createWorkspaceBackup } from '../../../src/db/backup/dump';
import { analyseBackupText } from '../../../src/db/backup/import';
import { sealBackup, type BackupFile } from '../../../src/domain/backup';
import { CONSULTANT_PROFILE_KEY, readConsultantProfile } from '../../../src/domain/consultant/profile';
import { HOSTILE_SVGS } from '../domain/clients/hostileSvgs';
import {
  freshExtendedDb,
  PNG_DATA_URL,
  seedTwoClients,
  snapshot,
  SVG_DATA_URL,
  type ExtendedDb,
} from './backup/testKit';

/**
 * Logos that arrive in a file (a handover's client file, a workspace backup) meet the same SVG checker as
 * an upload: every hostile SVG is refused before anything is written, for a client's logo and for the
 * consultant's; a plain SVG is accepted (it is only ever drawn through <img>, where it cannot run or load).
 */

let workspace: ExtendedDb;
let workspaceFile: BackupFile;
let clientFile: BackupFile;

beforeEach(async () => {
  const source = await freshExtendedDb();
  await seedTwoClients(source);
  await source.settings.put({
    key: CONSULTANT_PROFILE_KEY,
    value: { ...readConsultantProfile({}), name: 'Sam', logo: PNG_DATA_URL },
  });
  workspaceFile = (await createWorkspaceBackup(source, '1.0.0')).file;
  clientFile = (await createClientBundle(source, 'client-b', '1.0.0')).file;
  workspace = await freshExtendedDb();
  await seedTwoClients(workspace);
});

type Tables = Record<string, Record<string, unknown>[]>;
async function resealed(base: BackupFile, change: (tables: Tables) => void): Promise<string> {
  const copy = structuredClone(base) as unknown as BackupFile & { tables: Tables };
  change(copy.tables);
  const { checksum: _checksum, ...content } = copy;
  return JSON.stringify(await sealBackup(content));
}

const dataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

async function expectRefusedImage(text: string): Promise<void> {
  const before = await snapshot(workspace);
  const result = await analyseBackupText(workspace, text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.map((p) => p.code)).toContain('bad-image');
  expect(await snapshot(workspace)).toEqual(before);
}

describe('logos in imported files', () => {
  it.each(HOSTILE_SVGS)(
    'refuses %s as a client logo in a handover client file and in a workspace backup',
    async (_name, svg) => {
      await expectRefusedImage(await resealed(clientFile, (t) => (t.clients[0].logo = dataUrl(svg))));
      await expectRefusedImage(await resealed(workspaceFile, (t) => (t.clients[1].logo = dataUrl(svg))));
    },
  );

  it.each(HOSTILE_SVGS.slice(0, 4))(
    'refuses %s as the consultant logo in a workspace backup',
    async (_name, svg) => {
      const profile = (t: Tables) =>
        t.settings.find((s) => s.key === CONSULTANT_PROFILE_KEY)!.value as Record<string, unknown>;
      await expectRefusedImage(await resealed(workspaceFile, (t) => (profile(t).logo = dataUrl(svg))));
    },
  );

  it('accepts a plain SVG logo, and reads a consultant logo that is a web address as none', async () => {
    const plain = await analyseBackupText(
      workspace,
      await resealed(clientFile, (t) => (t.clients[0].logo = SVG_DATA_URL)),
    );
    expect(plain.ok).toBe(true);
    expect(readConsultantProfile({ name: 'Sam', logo: 'https://tracker.example/pixel.png' })).toMatchObject({
      name: 'Sam',
      logo: '',
    });
    expect(readConsultantProfile({ name: 'Sam', logo: PNG_DATA_URL }).logo).toBe(PNG_DATA_URL);
  });
});
