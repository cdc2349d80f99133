// Profile store on a key-value namespace (Workers KV, or an in-memory fake in tests). A KV put
// replaces one value whole, so readers see the old or the new set, never a mix.
import { storableSet, type ProfileStore } from '../core/profiles/store';
import type { ProfileSet } from '../core/profiles/schema';

/** The part of Workers KV this store needs; KVNamespace satisfies it structurally. */
export interface KeyValueNamespace {
  get(key: string, type: 'text'): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
}

export interface KvProfileStoreOptions {
  kv: KeyValueNamespace;
  /** Default 'profiles/real' or 'profiles/simulated' by kind, so the two never share a key. */
  key?: string;
  simulated?: boolean;
}

export class KvProfileStore implements ProfileStore {
  private readonly kv: KeyValueNamespace;
  readonly key: string;
  private readonly simulated: boolean;

  constructor(options: KvProfileStoreOptions) {
    this.kv = options.kv;
    this.simulated = options.simulated ?? false;
    this.key = options.key ?? (this.simulated ? 'profiles/simulated' : 'profiles/real');
  }

  async load(): Promise<ProfileSet | null> {
    const text = await this.kv.get(this.key, 'text');
    if (text === null) return null;
    return storableSet(JSON.parse(text), this.simulated);
  }

  async save(set: ProfileSet): Promise<void> {
    const valid = storableSet(set, this.simulated);
    await this.kv.put(this.key, JSON.stringify(valid));
  }
}

/** In-memory KeyValueNamespace for tests and local runs. */
export class MemoryKeyValue implements KeyValueNamespace {
  private readonly values = new Map<string, string>();
  async get(key: string): Promise<string | null> {
    return this.values.get(key) ?? null;
  }
  async put(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
}
