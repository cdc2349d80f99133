// Profile store on the local file system (Node). Writes go to a temp file in the same directory
// and are renamed over the target: rename is atomic on POSIX, so a reader never sees a partial file.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { storableSet, type ProfileStore } from '../core/profiles/store';
import type { ProfileSet } from '../core/profiles/schema';

export interface FileProfileStoreOptions {
  path: string;
  /** The kind of set this file holds; the other kind is refused. Default false (real). */
  simulated?: boolean;
}

export class FileProfileStore implements ProfileStore {
  private readonly path: string;
  private readonly simulated: boolean;

  constructor(options: FileProfileStoreOptions) {
    this.path = options.path;
    this.simulated = options.simulated ?? false;
  }

  async load(): Promise<ProfileSet | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return storableSet(JSON.parse(text), this.simulated);
  }

  async save(set: ProfileSet): Promise<void> {
    const valid = storableSet(set, this.simulated);
    // Same directory as the target, so rename never crosses a file system.
    const temp = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await mkdir(dirname(this.path), { recursive: true });
    try {
      await writeFile(temp, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
