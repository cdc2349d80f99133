// How far the dataset's labels are a matter of opinion: agreement between the stored labels and
// two independent annotators who labelled the same requests blind (from the type table and the
// shared sample only; no labels, families or classifier output), and the shipped classifier's
// accuracy on the rows where all three agree. An accuracy aim above the annotators' agreement
// would be asking the classifier to guess the dataset author's opinion.
// Usage: npm run eval:labels [-- --audit tests/data/classifier/label-audit.jsonl]
import { dirname, join } from 'node:path';
import { classify, defaultModel } from '../src/core/classify';
import { familyOf, type Annotation, parseFlags, readLabelAudit, readRows, splitRows, type LabelAudit, type LabelledRow } from './classifier-data';

const share = (hits: number, n: number): string => `${hits}/${n} = ${(hits / Math.max(1, n)).toFixed(3)}`;

function report(file: string, audits: LabelAudit[], rows: Map<string, LabelledRow>, heldOut: Set<string>): void {
  const model = defaultModel();
  let a = 0, b = 0, ab = 0, withSecondary = 0, unanimous = 0, modelAll = 0, modelUnanimous = 0;
  const disagreements = new Map<string, number>();
  for (const audit of audits) {
    const row = rows.get(audit.id);
    if (row === undefined) throw new Error(`${file}: no row ${audit.id}`);
    const [x, y] = audit.annotations as [Annotation, Annotation];
    a += x.label === row.label ? 1 : 0;
    b += y.label === row.label ? 1 : 0;
    ab += x.label === y.label ? 1 : 0;
    // The two readings overlap: an annotator's label is the row's secondary, or the other way round.
    withSecondary += [x, y].every((n) => n.label === row.label || n.label === row.secondary || n.secondary === row.label) ? 1 : 0;
    const predicted = classify(row.request, model).type;
    modelAll += predicted === row.label ? 1 : 0;
    if (x.label === row.label && y.label === row.label) {
      unanimous++;
      modelUnanimous += predicted === row.label ? 1 : 0;
    }
    for (const n of [x, y]) {
      if (n.label === row.label) continue;
      const key = `${row.label} -> ${n.label} (${familyOf(row)})`;
      disagreements.set(key, (disagreements.get(key) ?? 0) + 1);
    }
  }
  const n = audits.length;
  const inHeldOut = audits.filter((r) => heldOut.has(r.id)).length;
  console.log(`${file}: ${n} agentic rows (${inHeldOut} in the held-out split), each labelled by two annotators`);
  console.log(`  annotator A = stored label   ${share(a, n)}`);
  console.log(`  annotator B = stored label   ${share(b, n)}`);
  console.log(`  annotator A = annotator B    ${share(ab, n)}`);
  console.log(`  both overlap the stored label or its secondary: ${share(withSecondary, n)}`);
  console.log(`  classifier = stored label    ${share(modelAll, n)}`);
  console.log(`  classifier = stored label where both annotators agree with it: ${share(modelUnanimous, unanimous)}`);
  for (const [key, count] of [...disagreements].sort((p, q) => q[1] - p[1])) console.log(`    annotations differing: ${key} x${count}`);
}

function main(argv: string[]): void {
  const path = parseFlags(argv).get('audit') ?? 'tests/data/classifier/label-audit.jsonl';
  const audits = readLabelAudit(path);
  const files = [...new Set(audits.map((r) => r.file))];
  for (const file of files) {
    const all = readRows(join(dirname(path), file));
    const heldOut = new Set(splitRows(all).heldout.map((r) => r.id));
    report(file, audits.filter((r) => r.file === file), new Map(all.map((r) => [r.id, r])), heldOut);
  }
}

main(process.argv.slice(2));
