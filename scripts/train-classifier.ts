// Trains the request classifier: multinomial logistic regression over the features of
// src/core/classify/features.ts. L2 strength and temperature come from cross-validation over
// template families of the training split, or, with a validation set, from the mean of that and
// the validation log-loss (the held-out split is never read), among the strengths whose model
// reads the built-in suite's own requests as their types (see suiteFloor).
// Usage: npm run train:classifier -- --data FILE [--out profiles/classifier-weights.json] [--all]
//          [--validate FILE[,FILE...] [--validation-weight W]] [--suite-floor 0.95]
// With no --data it trains the shipped weights (SHIPPED): tests/data/classifier/requests.jsonl,
// validated on and also trained on the other authors' sets (see trainWithValidation).
// Fits run on one worker thread per core (TRAIN_THREADS=N to change; 1 fits in-process); the
// weights are the same byte for byte either way.
import { writeFileSync } from 'node:fs';
import { AGENT_TYPES } from '../src/core/types';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_BUCKETS, INPUT_COUNT, REQUEST_SHAPES, featureFingerprint, loadModel, sparseFeatures, type ClassifierWeightsFile } from '../src/core/classify';
import { HASH_OFFSET } from '../src/core/classify/features';
import { familyOf, hashText, parseFlags, readRows, splitRows, type LabelledRow } from './classifier-data';
import { fitTemperature, predictLogits, type Example, type LinearModel } from './logistic-regression';
import { TrainingPool } from './training-pool';
import { chooseAboveFloor, formatTally, suiteTraffic, tallySuite, worstTypeAccuracy, type SuiteRequest } from './suite-traffic';

const K = AGENT_TYPES.length;
// 10 folds: each fold model sees 90% of the families, close to the final model, so the temperature
// fitted on their out-of-fold logits transfers to it better than with 5 (0.92 vs 0.97 here).
const FOLDS = Number(process.env.CV_FOLDS ?? 10);
// Ambiguous rows are trained on their main label alone (1): the fifteenth round's screen gave a
// selection loss of 0.4610 against 0.4714 at 0.9 and 0.4876 at 0.8 (bench/RESULTS.md).
const SECONDARY_MAIN = Number(process.env.SECONDARY_MAIN ?? 1);
const NON_AGENTIC_MAIN = Number(process.env.NON_AGENTIC_MAIN ?? 0);
const L2_GRID = (process.env.L2_GRID ?? '0.003,0.01,0.03,0.1').split(',').map(Number);
/**
 * The shipped model's recipe: the training split, plus the cross-author and pool-author sets (16
 * blind authors) at 0.3 of a training row's weight, each author scored by a model trained without
 * them. Weight 0.3 had the lowest selection loss of 0.3 / 0.5 / 1 at its best L2 above the suite
 * floor (bench/RESULTS.md, eighth round); with this much data the L2 grid reaches down to 0.003.
 */
const SHIPPED = {
  validate: 'tests/data/classifier/cross-author.jsonl,tests/data/classifier/pool-authors.jsonl',
  validationWeight: 0.3,
  l2Grid: '0.003,0.005,0.01,0.02,0.03',
};

/**
 * Targets: an ambiguous row can share mass with its secondary (SECONDARY_MAIN on the main label,
 * 1 by default, so none);
 * non-agentic rows put their mass on the abstain row (index K), which inference spreads evenly
 * over the types, so such requests come out unsure (NON_AGENTIC_MAIN > 0 keeps some on the label).
 */
function target(row: LabelledRow): Float64Array {
  const y = new Float64Array(K + 1);
  const k = AGENT_TYPES.indexOf(row.label);
  if (row.agentic === false) {
    y[K] = 1 - NON_AGENTIC_MAIN;
    y[k] = NON_AGENTIC_MAIN;
  } else if (row.secondary) {
    y[k] = SECONDARY_MAIN;
    y[AGENT_TYPES.indexOf(row.secondary)] = 1 - SECONDARY_MAIN;
  } else y[k] = 1;
  return y;
}

/** The predicted type: argmax over the type logits (the abstain share is equal for all types). */
function argmaxType(z: Float64Array): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (z[k]! > z[best]!) best = k;
  return best;
}

/** Share of the agentic examples whose argmax type is their label. */
function accuracyOf(examples: readonly Example[], logits: readonly Float64Array[]): number {
  const agentic = examples.filter((e) => e.agentic).length;
  return examples.filter((e, i) => e.agentic && argmaxType(logits[i]!) === e.label).length / Math.max(1, agentic);
}

function toExample(row: LabelledRow): Example {
  const { index, value } = sparseFeatures(row.request);
  return { index: Int32Array.from(index), value: Float64Array.from(value), y: target(row), label: AGENT_TYPES.indexOf(row.label), agentic: row.agentic !== false, fold: hashText(`fold:${familyOf(row)}`) % FOLDS, family: hashText(`family:${familyOf(row)}`), weight: 1 };
}

/**
 * Out-of-fold logits for every example (folds keep families whole); the `extra` rows (indices into
 * the pool, after the examples) train every fold. The folds are fitted in parallel.
 */
async function crossValidate(pool: TrainingPool, examples: Example[], l2: number, extra: readonly number[] = []): Promise<Float64Array[]> {
  const out: Float64Array[] = examples.map(() => new Float64Array(K + 1));
  await Promise.all(Array.from({ length: FOLDS }, async (_, fold) => {
    const model = await pool.train([...indicesWhere(examples, (e) => e.fold !== fold), ...extra], l2);
    examples.forEach((e, i) => {
      if (e.fold === fold) out[i] = predictLogits(model, e);
    });
  }));
  return out;
}

/** Pool indices from, ..., from + count - 1. */
const range = (count: number, from = 0): number[] => Array.from({ length: count }, (_, i) => from + i);

/** Indices of the rows of `list` that pass `keep`, offset by `from` (a position in the pool). */
function indicesWhere<T>(list: readonly T[], keep: (item: T, index: number) => boolean, from = 0): number[] {
  const out: number[] = [];
  list.forEach((item, i) => {
    if (keep(item, i)) out.push(from + i);
  });
  return out;
}

function logLoss(examples: Example[], logits: Float64Array[], temperature: number): number {
  let total = 0, n = 0;
  examples.forEach((e, i) => {
    if (!e.agentic) return;
    const z = logits[i]!;
    const max = Math.max(...z);
    let sum = 0;
    for (let k = 0; k <= K; k++) sum += Math.exp((z[k]! - max) / temperature);
    // The label's probability as served: its own mass plus its share of the abstain mass.
    const p = (Math.exp((z[e.label]! - max) / temperature) + Math.exp((z[K]! - max) / temperature) / K) / sum;
    total += -Math.log(p);
    n++;
  });
  return total / Math.max(1, n);
}

/** Out-of-fold accuracy per family: where the features fail to generalise. */
function diagnose(rows: LabelledRow[], examples: Example[], logits: Float64Array[]): void {
  const byFamily = new Map<string, string[]>();
  examples.forEach((e, i) => {
    const got = AGENT_TYPES[argmaxType(logits[i]!)]!;
    const list = byFamily.get(familyOf(rows[i]!)) ?? [];
    list.push(got === rows[i]!.label ? 'ok' : got);
    byFamily.set(familyOf(rows[i]!), list);
  });
  for (const [family, got] of byFamily) if (got.some((g) => g !== 'ok')) console.log(`    ${family}: ${got.join(' ')}`);
}

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(argv);
  const data = flags.get('data') ?? 'tests/data/classifier/requests.jsonl';
  const outPath = flags.get('out') ?? 'profiles/classifier-weights.json';
  const rows = readRows(data);
  const train = flags.get('all') === 'true' ? rows : splitRows(rows).train;
  const examples = train.map(toExample);
  console.log(`training on ${examples.length} of ${rows.length} rows (${new Set(train.map(familyOf)).size} families) from ${data}`);
  // The shipped model (no --data): the bundled dataset with the shipped recipe.
  const shipped = !flags.has('data');
  const validatePath = flags.get('validate') ?? (shipped ? SHIPPED.validate : undefined);
  if (validatePath !== undefined) return trainWithValidation(data, outPath, train, examples, validatePath, flags, shipped);
  const pool = new TrainingPool(examples);
  const floor = await suiteFloor(flags);
  const candidates: Candidate[] = [];
  const everything = range(examples.length);
  for (const l2 of L2_GRID) {
    // The full model is needed now only for the floor check; without a floor, only the pick's is fitted (below).
    const [logits, model] = await Promise.all([crossValidate(pool, examples, l2), floor.enabled ? pool.train(everything, l2) : undefined]);
    const temperature = fitTemperature((t) => logLoss(examples, logits, t));
    const loss = logLoss(examples, logits, temperature);
    const candidate = { l2, loss, temperature, model, ...floor.check(model, temperature) };
    console.log(`  l2=${l2}: cross-validated log-loss ${loss.toFixed(4)} (T=${temperature.toFixed(2)}), accuracy ${accuracyOf(examples, logits).toFixed(3)}${candidate.suite}`);
    candidates.push(candidate);
    if (flags.get('diagnose') === 'true') diagnose(train, examples, logits);
  }
  const best = floor.choose(candidates);
  const model = best.model ?? await pool.train(everything, best.l2);
  await pool.close();
  writeWeights(outPath, model, best.temperature, { data, rows: examples.length, l2: best.l2, crossValidatedLogLoss: best.loss, heldOutExcluded: flags.get('all') !== 'true', ...floor.record(best) });
  console.log(`chose l2=${best.l2}, temperature ${best.temperature.toFixed(3)} -> ${outPath}`);
}

/**
 * Model selection with a separately written validation set (`--validate FILE`, every row used):
 * the L2 strength and the temperature minimise the mean of two log-losses, out-of-fold on the
 * training families and on the validation set. Family CV alone picks the L2 that best fits the
 * training authors' style; the validation set alone the one that best transfers to new authors;
 * the router meets both kinds of traffic.
 *
 * The validation rows are also trained on, at a smaller weight (`--validation-weight`, default 0.1,
 * 0.3 in the shipped recipe; 0 keeps them out). Then each validation group (an author: the family name up to its first '-',
 * or family folds when there are fewer than two) is scored by a model trained without it, so the
 * validation log-loss is still about requests written by someone the model has not read.
 */
async function trainWithValidation(data: string, outPath: string, train: LabelledRow[], examples: Example[], validatePath: string, flags: Map<string, string>, shipped: boolean): Promise<void> {
  // A comma-separated list reads as one set; its groups are still the authors.
  const validationRows = validatePath.split(',').flatMap((path) => readRows(path));
  const weight = Number(flags.get('validation-weight') ?? (shipped ? SHIPPED.validationWeight : 0.1));
  if (!(weight >= 0)) throw new Error('--validation-weight must be a number >= 0');
  const validation = validationRows.map((row) => ({ ...toExample(row), weight }));
  const groups = validationGroups(validationRows);
  // The pool holds the training examples, then the validation rows.
  const pool = new TrainingPool([...examples, ...validation]);
  const trained = weight > 0 ? range(validation.length, examples.length) : [];
  const all = range(examples.length);
  // The rows every full model is fitted on: the training split, plus the validation rows if weighted.
  const fullRows = [...all, ...trained];
  const grid = (process.env.L2_GRID ?? (shipped ? SHIPPED.l2Grid : '0.02,0.03,0.05,0.07,0.1')).split(',').map(Number);
  console.log(`validating on ${validation.length} rows from ${validatePath}${weight > 0 ? `, also trained on at weight ${weight} (scored out of ${new Set(groups).size} groups)` : ''}`);
  const floor = await suiteFloor(flags);
  const candidates: Candidate[] = [];
  // The full model of each L2 is needed now when it scores the validation set or meets the floor
  // check; otherwise only the pick's is fitted (below).
  const fitEach = weight === 0 || floor.enabled;
  for (const l2 of grid) {
    // Without validation rows in training, the final model scores the validation set directly;
    // with them, each group is scored by a model trained without it.
    const [oof, model] = await Promise.all([crossValidate(pool, examples, l2, trained), fitEach ? pool.train(fullRows, l2) : undefined]);
    const logits = weight > 0 ? await outOfGroupLogits(pool, all, validation, groups, l2) : validation.map((e) => predictLogits(model!, e));
    const mean = (t: number): number => (logLoss(examples, oof, t) + logLoss(validation, logits, t)) / 2;
    const temperature = fitTemperature(mean);
    const loss = mean(temperature);
    const candidate = { l2, loss, temperature, model, ...floor.check(model, temperature) };
    console.log(`  l2=${l2}: mean log-loss ${loss.toFixed(4)} (T=${temperature.toFixed(2)}; CV ${logLoss(examples, oof, temperature).toFixed(4)}, validation ${logLoss(validation, logits, temperature).toFixed(4)}), accuracy CV ${accuracyOf(examples, oof).toFixed(3)}, validation ${accuracyOf(validation, logits).toFixed(3)}${candidate.suite}`);
    candidates.push(candidate);
  }
  const best = floor.choose(candidates);
  const model = best.model ?? await pool.train(fullRows, best.l2);
  await pool.close();
  writeWeights(outPath, model, best.temperature, { data, rows: examples.length, families: new Set(train.map(familyOf)).size, l2: best.l2, validatedOn: validatePath, validationWeight: weight, meanLogLoss: best.loss, heldOutExcluded: true, ...floor.record(best) });
  console.log(`chose l2=${best.l2}, temperature ${best.temperature.toFixed(3)} (mean of CV and validation log-loss) -> ${outPath}`);
}

/** Validation groups: the author prefix of each family (wa-, wb-, ...), else family folds. */
function validationGroups(rows: readonly LabelledRow[]): string[] {
  const authors = rows.map((row) => familyOf(row).split('-')[0]!);
  if (new Set(authors).size >= 2) return authors;
  return rows.map((row) => `fold${hashText(`fold:${familyOf(row)}`) % FOLDS}`);
}

/**
 * Logits of each validation row from a model trained on everything but its group (groups in
 * parallel). `all` are the training examples' pool indices; the validation rows follow them.
 */
async function outOfGroupLogits(pool: TrainingPool, all: readonly number[], validation: Example[], groups: string[], l2: number): Promise<Float64Array[]> {
  const out: Float64Array[] = validation.map(() => new Float64Array(K + 1));
  await Promise.all([...new Set(groups)].map(async (group) => {
    const model = await pool.train([...all, ...indicesWhere(validation, (_, i) => groups[i] !== group, all.length)], l2);
    validation.forEach((e, i) => {
      if (groups[i] === group) out[i] = predictLogits(model, e);
    });
  }));
  return out;
}

function writeWeights(outPath: string, model: LinearModel, temperature: number, trainedOn: Record<string, unknown>): void {
  writeFileSync(outPath, JSON.stringify(weightsFile(model, temperature, trainedOn)) + '\n');
}

/** The weights file of a trained model (weights rounded to 1e-4, as shipped). */
function weightsFile(model: LinearModel, temperature: number, trainedOn: Record<string, unknown>): ClassifierWeightsFile {
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    format: 'agent-router/classifier-weights@1',
    classes: [...AGENT_TYPES],
    dense: [...DENSE_FEATURES],
    hashBuckets: HASH_BUCKETS,
    features: featureFingerprint(),
    temperature: round(temperature),
    bias: Array.from(model.bias.subarray(0, K), round),
    weights: AGENT_TYPES.map((_, k) => Array.from(model.weights.subarray(k * INPUT_COUNT, k * INPUT_COUNT + FEATURE_COUNT), round)),
    abstain: { bias: round(model.bias[K]!), weights: Array.from(model.weights.subarray(K * INPUT_COUNT, K * INPUT_COUNT + FEATURE_COUNT), round) },
    // Per-shape blocks: one row per class plus the abstain row (see REQUEST_SHAPES).
    shapeWeights: Object.fromEntries(REQUEST_SHAPES.map((shape, s) => {
      const rows = Array.from({ length: K + 1 }, (_, k) => {
        const from = k * INPUT_COUNT + FEATURE_COUNT + s * HASH_OFFSET;
        return Array.from(model.weights.subarray(from, from + HASH_OFFSET), round);
      });
      return [shape, rows];
    })) as ClassifierWeightsFile['shapeWeights'],
    trainedOn: Object.fromEntries(Object.entries(trainedOn).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])),
  };
}

interface Candidate {
  l2: number;
  loss: number;
  temperature: number;
  /** The model on all training rows; undefined when only the pick's is fitted (no floor check). */
  model: LinearModel | undefined;
  /** Lowest per-type accuracy on the suite's traffic, as served (NaN without a floor). */
  worst: number;
  /** The tally for the log line ('' without a floor). */
  suite: string;
}

/**
 * The suite-traffic floor (`--suite-floor`, default 0.95; 0 turns it off). Among the L2 strengths
 * the one with the lowest log-loss wins, unless its model, as served (rounded weights, fitted
 * temperature), reads some type of the built-in suite's own requests below the floor: the router
 * profiles models on that traffic, so misreading it means profiling the wrong type. The suite is
 * never trained on. When no strength reaches the floor the lowest log-loss wins, with a warning.
 */
async function suiteFloor(flags: Map<string, string>) {
  const floor = Number(flags.get('suite-floor') ?? 0.95);
  if (!(floor >= 0 && floor <= 1)) throw new Error('--suite-floor must be a number in [0, 1]');
  const traffic: SuiteRequest[] = floor > 0 ? await suiteTraffic() : [];
  return {
    enabled: floor > 0,
    check(model: LinearModel | undefined, temperature: number): Pick<Candidate, 'worst' | 'suite'> {
      if (floor === 0 || model === undefined) return { worst: Number.NaN, suite: '' };
      const tally = tallySuite(traffic, loadModel(weightsFile(model, temperature, {})));
      const worst = worstTypeAccuracy(tally);
      return { worst, suite: `; suite ${worst >= floor ? 'ok' : 'BELOW FLOOR'} (${formatTally(tally)})` };
    },
    choose(candidates: readonly Candidate[]): Candidate {
      const { best, metFloor } = chooseAboveFloor(candidates, floor);
      if (!metFloor) console.warn(`warning: no L2 strength reads the suite's traffic at >= ${floor} per type; chose by log-loss alone`);
      return best;
    },
    record(best: Candidate): Record<string, unknown> {
      return floor === 0 ? {} : { suiteFloor: floor, suiteWorstType: best.worst };
    },
  };
}

await main(process.argv.slice(2));
