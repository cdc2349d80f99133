// One shared suite both stores run, plus file atomicity.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProfileStore } from '../core/profiles/store';
import { profileSetSchema, type ProfileSet } from '../core/profiles/schema';
import { modelProfile, profileSetOf } from '../../tests/routing/fixtures';
import { FileProfileStore } from './file-profile-store';
import { KvProfileStore, MemoryKeyValue } from './kv-profile-store';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function tempPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'profiles-'));
  dirs.push(dir);
  return join(dir, 'profiles.json');
}

const realSet = (n: number): ProfileSet =>
  profileSetOf(Array.from({ length: n }, (_, i) => modelProfile(`p/m${i}`, { score: (i % 10) / 10 })));
const simSet = profileSetOf([modelProfile('sim/a', { score: 0.5 }, true)], true);

type Factory = (simulated: boolean) => Promise<ProfileStore>;
const stores: Array<[string, Factory]> = [
  ['file', async (simulated) => new FileProfileStore({ path: await tempPath(), simulated })],
  ['kv', async (simulated) => new KvProfileStore({ kv: new MemoryKeyValue(), simulated })],
];

for (const [name, make] of stores) {
  describe(`${name} profile store`, () => {
    it('loads null before the first save, then round-trips', async () => {
      const store = await make(false);
      expect(await store.load()).toBeNull();
      const set = profileSetSchema.parse(realSet(3));
      await store.save(set);
      expect(await store.load()).toEqual(set);
    });

    it('refuses a set mixing simulated and real models', async () => {
      const store = await make(false);
      const mixed = profileSetOf([modelProfile('p/real', { score: 0.5 }), modelProfile('sim/x', { score: 0.5 }, true)]);
      await expect(store.save(mixed)).rejects.toThrow(/simulated models: sim\/x/);
    });

    it('keeps simulated and real profiles apart', async () => {
      await expect((await make(false)).save(simSet)).rejects.toThrow(/refusing a simulated set/);
      const simStore = await make(true);
      await simStore.save(simSet);
      expect((await simStore.load())?.simulated).toBe(true);
      await expect(simStore.save(realSet(1))).rejects.toThrow(/refusing a real set/);
    });
  });
}

describe('file profile store atomicity', () => {
  it('a reader never sees a partial file while writers replace it', async () => {
    const path = await tempPath();
    const store = new FileProfileStore({ path });
    const small = realSet(1);
    const large = realSet(400); // ~1 MB: a non-atomic write would be caught mid-way
    await store.save(small);
    let reads = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 20; i++) await store.save(i % 2 ? small : large);
      writing = false;
    })();
    while (writing) {
      const text = await readFile(path, 'utf8');
      const set = profileSetSchema.parse(JSON.parse(text));
      expect([1, 400]).toContain(set.models.length);
      reads += 1;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
  });

  it('kv store uses separate default keys per kind', async () => {
    const kv = new MemoryKeyValue();
    await new KvProfileStore({ kv }).save(realSet(1));
    await new KvProfileStore({ kv, simulated: true }).save(simSet);
    expect(JSON.parse((await kv.get('profiles/real')) ?? '{}').simulated).toBe(false);
    expect(JSON.parse((await kv.get('profiles/simulated')) ?? '{}').simulated).toBe(true);
  });
});
