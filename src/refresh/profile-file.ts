// Node profile files, written atomically (temp file in the same directory, then rename), so a
// reader or a crash never sees half a profile set.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ProfileSet } from '../core/profiles/schema';
import { parseProfileSet } from './profile-merge';

export async function readProfileFile(path: string): Promise<ProfileSet | undefined> {
  try {
    return parseProfileSet(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export async function writeProfileFile(path: string, set: ProfileSet): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(temp, `${JSON.stringify(set, null, 2)}\n`);
  await rename(temp, path);
}
