// The embedded default: the shipped catalog, priors and simulated models, bundled as data so the
// gateway starts the same way on Node and Workers with no files to find at run time.
import catalogJson from '../../profiles/catalog.json' with { type: 'json' };
import priorsJson from '../../profiles/priors.json' with { type: 'json' };
import simProfilesJson from '../../profiles/sim/profiles.json' with { type: 'json' };
import { catalogSchema } from '../core/catalog/types';
import { profileSetSchema } from '../core/profiles/schema';
import { simCatalog } from '../providers/sim';
import type { GatewayData } from './build';

let cached: GatewayData | undefined;

/** Parsed once per process/isolate; validation failures here are packaging bugs, so they throw. */
export function embeddedData(): GatewayData {
  cached ??= {
    catalog: catalogSchema.parse(catalogJson),
    simCatalog: simCatalog(),
    profiles: profileSetSchema.parse(priorsJson),
    simProfiles: profileSetSchema.parse(simProfilesJson),
  };
  return cached;
}
