// What classifier mistakes cost in routing, on the labelled dataset's held-out split: for every
// built-in policy, how often the classifier's route picks the model the true type would, and the
// objective lost against that oracle, next to routing with no classifier (a flat posterior).
// Profiles: the shipped catalog and priors (public-leaderboard priors, not measured runs).
// Usage: npm run eval:routing [-- --data FILE --split heldout|train|all --weights FILE]
import { readFileSync } from 'node:fs';
import { classify, defaultModel, loadModel } from '../src/core/classify';
import { catalogSchema } from '../src/core/catalog/types';
import { profileSetSchema } from '../src/core/profiles/schema';
import { ProfileRegistry } from '../src/core/routing';
import { parseRouterConfig } from '../src/core/routing/config-schema';
import { parseFlags, readRows, splitRows } from './classifier-data';
import { routingImpact, type RouterTally } from './routing-impact';

const flags = parseFlags(process.argv.slice(2));
const data = flags.get('data') ?? 'tests/data/classifier/requests.jsonl';
const which = flags.get('split') ?? 'heldout';
const weights = flags.get('weights');
const model = weights ? loadModel(JSON.parse(readFileSync(weights, 'utf8'))) : defaultModel();
const all = readRows(data);
const rows = (which === 'all' ? all : which === 'train' ? splitRows(all).train : splitRows(all).heldout).filter((r) => r.agentic !== false);
const catalog = catalogSchema.parse(JSON.parse(readFileSync('profiles/catalog.json', 'utf8')));
const priors = profileSetSchema.parse(JSON.parse(readFileSync('profiles/priors.json', 'utf8')));
const table = new ProfileRegistry(catalog, priors).current();
const classified = rows.map((row) => ({ request: row.request, label: row.label, classification: classify(row.request, model) }));
const impact = routingImpact(classified, table, parseRouterConfig({}));

const correct = classified.filter((row) => row.classification.type === row.label).length;
console.log(`routing impact: ${which} split of ${data}, ${rows.length} agentic rows (classifier accuracy ${(correct / rows.length).toFixed(3)})`);
console.log(`profiles: profiles/priors.json (${table.rows.length} models, ${table.simulated ? 'simulated' : 'public-leaderboard priors, not measured runs'}); built-in policies`);
console.log('regret: the policy objective under the true type, oracle minus pick (quality: score points; cost: USD; latency: ms; balanced: utility)');
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const line = (name: string, t: RouterTally, n: number): string =>
  `  ${name.padEnd(10)} same model as oracle ${pct(t.sameAsOracle, n).padStart(6)}   mean regret ${(t.regret / Math.max(1, n)).toPrecision(3).padStart(9)}   true-type score ${(t.trueScore / Math.max(1, n)).toFixed(3)}` +
  `${t.belowMinScore ? `   under min_score ${t.belowMinScore}` : ''}${t.noRoute ? `   unroutable ${t.noRoute}` : ''}`;
for (const p of impact) {
  console.log(`policy ${p.policy} (${p.objective}), ${p.requests} requests; oracle true-type score ${(p.oracleTrueScore / Math.max(1, p.requests)).toFixed(3)}`);
  console.log(line('classifier', p.classifier, p.requests));
  console.log(line('top type', p.argmax, p.requests));
  console.log(line('flat', p.flat, p.requests));
  const gap = p.flat.regret;
  if (gap > 0) console.log(`  the classifier recovers ${pct(gap - p.classifier.regret, gap)} of the regret of routing without it`);
}
