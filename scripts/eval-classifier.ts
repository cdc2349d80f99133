// Evaluates the shipped classifier weights on the held-out families of the labelled dataset:
// accuracy, macro-F1, confusion matrix and expected calibration error (ECE, 10 bins).
// Usage: npm run eval:classifier [-- --data FILE --weights FILE --split heldout|train|all --set original|blind --errors]
import { readFileSync } from 'node:fs';
import { AGENT_TYPES } from '../src/core/types';
import { classify, defaultModel, loadModel } from '../src/core/classify';
import { computeMetrics, familyBootstrap, familyOf, formatConfusion, isBlind, parseFlags, readRows, splitRows, type LabelledRow, type Prediction } from './classifier-data';

function main(argv: string[]): void {
  const flags = parseFlags(argv);
  const data = flags.get('data') ?? 'tests/data/classifier/requests.jsonl';
  const weightsPath = flags.get('weights');
  const model = weightsPath ? loadModel(JSON.parse(readFileSync(weightsPath, 'utf8'))) : defaultModel();
  const rows = readRows(data);
  const which = flags.get('split') ?? 'heldout';
  const { train, heldout } = splitRows(rows);
  const bySplit = which === 'all' ? rows : which === 'train' ? train : heldout;
  // --set blind|original: only the blind families (bl-*, never seen while the model was built) or the rest.
  const set = flags.get('set');
  const selected = set === undefined ? bySplit : bySplit.filter((row) => isBlind(row) === (set === 'blind'));
  const results = selected.map((row) => ({ row, result: classify(row.request, model) }));
  const agentic = results.filter(({ row }) => row.agentic !== false);
  const toPrediction = ({ row, result }: (typeof results)[number]): Prediction => ({ label: row.label, predicted: result.type, confidence: result.confidence });
  const predictions = agentic.map(toPrediction);
  const m = computeMetrics(predictions);
  const families = new Set(selected.map(familyOf)).size;
  console.log(`classifier eval: ${which} split of ${data} (${selected.length} rows, ${families} families; weights ${weightsPath ?? 'profiles/classifier-weights.json'})`);
  console.log(`agentic rows: ${m.n}`);
  const ci = familyBootstrap(agentic.map((r) => ({ ...toPrediction(r), family: familyOf(r.row) })));
  const range = ([lo, hi]: [number, number]): string => `(95% family-bootstrap interval ${lo.toFixed(3)}-${hi.toFixed(3)})`;
  console.log(`accuracy   ${m.accuracy.toFixed(3)}  ${range(ci.accuracy)}`);
  console.log(`macro-F1   ${m.macroF1.toFixed(3)}  ${range(ci.macroF1)}`);
  console.log(`ECE        ${m.ece.toFixed(3)}  ${range(ci.ece)}; 10 bins, confidence of the predicted type`);
  console.log(`per-type F1 ${AGENT_TYPES.map((t) => `${t}=${m.f1[t].toFixed(2)}`).join(' ')}`);
  const lenient = agentic.filter(({ row, result }) => result.type === row.label || result.type === row.secondary).length;
  console.log(`accuracy counting the secondary label as correct: ${(lenient / Math.max(1, agentic.length)).toFixed(3)}`);
  console.log(formatConfusion(m.confusion));
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const nonAgentic = results.filter(({ row }) => row.agentic === false);
  console.log(`mean confidence: agentic ${mean(agentic.map((r) => r.result.confidence)).toFixed(3)}, non-agentic ${mean(nonAgentic.map((r) => r.result.confidence)).toFixed(3)} (${nonAgentic.length} rows)`);
  const byLang = new Map<string, { n: number; ok: number }>();
  for (const { row, result } of agentic) {
    const entry = byLang.get(row.lang ?? 'en') ?? { n: 0, ok: 0 };
    entry.n++;
    entry.ok += result.type === row.label ? 1 : 0;
    byLang.set(row.lang ?? 'en', entry);
  }
  if (set === undefined && selected.some(isBlind)) {
    for (const [name, pick] of [['original', (r: LabelledRow) => !isBlind(r)], ['blind', isBlind]] as const) {
      const sub = computeMetrics(agentic.filter(({ row }) => pick(row)).map(toPrediction));
      console.log(`  ${name} families: ${sub.n} agentic rows, accuracy ${sub.accuracy.toFixed(3)}, macro-F1 ${sub.macroF1.toFixed(3)}, ECE ${sub.ece.toFixed(3)}`);
    }
  }
  console.log(`accuracy by language: ${[...byLang].map(([lang, e]) => `${lang} ${e.ok}/${e.n}`).join(', ')}`);
  if (flags.get('errors') === 'true') printErrors(agentic);
}

function printErrors(results: { row: LabelledRow; result: ReturnType<typeof classify> }[]): void {
  for (const { row, result } of results) {
    if (result.type === row.label) continue;
    console.log(`  ${row.id} ${row.family} ${row.label} -> ${result.type} (${result.confidence.toFixed(2)}) ${result.signals.join(',')}`);
  }
}

main(process.argv.slice(2));
