// The refresh runner's profile sink over the one atomic profile file store.
import { FileProfileStore } from '../stores/file-profile-store';
import type { ProfileSink } from './session';

export function fileProfileSink(path: string, simulated: boolean): ProfileSink {
  const store = new FileProfileStore({ path, simulated });
  return { load: async () => (await store.load()) ?? undefined, save: (set) => store.save(set) };
}
