// Builds tests/data/classifier/requests.jsonl from the hand-written template families in
// templates/. Deterministic: the same code gives byte-identical output.
// Run: npx tsx tests/data/classifier/build-dataset.ts
// Written from scratch for the classifier; it does not use the built-in task suite's prompts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldOutFamilies, hashText, type LabelledRow } from '../../../scripts/classifier-data';
import { createRng, resetCallIds, type Family } from './templates/kit';
import { simpleReflex } from './templates/simple-reflex';
import { modelBased } from './templates/model-based';
import { goalBased } from './templates/goal-based';
import { utilityBased } from './templates/utility-based';
import { learning } from './templates/learning';
import { nonAgentic } from './templates/non-agentic';
import { modelBasedWorlds } from './templates/model-based-worlds';
import { learningTrials } from './templates/learning-trials';
import { nonAgenticMore } from './templates/non-agentic-more';
import { simpleReflexRules } from './templates/simple-reflex-rules';
import { modelBasedGoals } from './templates/model-based-goals';
import { learningEpisodes } from './templates/learning-episodes';
import { goalBasedStates } from './templates/goal-based-states';
import { siblings } from './templates/siblings';
import { partialView } from './templates/partial-view';
import { goalBasedMore } from './templates/goal-based-more';
import { utilityBasedMore } from './templates/utility-based-more';
import { learningMore, reflexMore, worldMore } from './templates/mixed-more';
import { blindFamilies } from './templates/blind';
import { contrastFamilies } from './templates/contrasts';
import { wideA } from './templates/wide-a';
import { wideB } from './templates/wide-b';
import { wideC } from './templates/wide-c';
import { freshD } from './templates/fresh-d';
import { freshE } from './templates/fresh-e';
import { freshF } from './templates/fresh-f';
import { devG } from './templates/dev-g';
import { devH } from './templates/dev-h';
import { devI } from './templates/dev-i';
import { trainJ } from './templates/train-j';
import { trainK } from './templates/train-k';
import { trainL } from './templates/train-l';
import { trainM } from './templates/train-m';
import { trainN } from './templates/train-n';
import { trainO } from './templates/train-o';
import { trainP } from './templates/train-p';
import { trainQ } from './templates/train-q';
import { trainR } from './templates/train-r';
import { trainS } from './templates/train-s';
import { lateA } from './templates/late-a';
import { lateB } from './templates/late-b';
import { lateC } from './templates/late-c';
import { lateD } from './templates/late-d';
import { twinT } from './templates/twin-t';
import { twinU } from './templates/twin-u';
import { twinV } from './templates/twin-v';

export const FAMILIES: Family[] = [
  ...simpleReflex, ...simpleReflexRules, ...modelBased, ...modelBasedWorlds, ...modelBasedGoals, ...partialView, ...goalBased, ...goalBasedStates, ...utilityBased,
  ...learning, ...learningTrials, ...learningEpisodes, ...siblings, ...nonAgentic, ...nonAgenticMore,
];

/**
 * Cross-author families (wa-*, wb-*, wc-*): 99 families, every type plus non-agentic, seven
 * languages, written by three authors from the type definitions alone, who never saw the
 * classifier, its errors or the held-out families. Kept apart in cross-author.jsonl (every row
 * marked held out, so splitRows never mixes them into requests.jsonl's training split).
 * `npm run train:classifier` validates on it and trains on it (with the pool authors, at weight 0.3), each author scored
 * by a model trained without them. At full weight (tried 2026-12-01, without the per-shape
 * weights) they lowered accuracy on the original held-out families (0.872 -> 0.768), on the blind
 * families (0.844 -> 0.820) and on the suite's fraud-alert requests.
 */
export const CROSS_AUTHOR: Family[] = [...wideA, ...wideB, ...wideC];

/**
 * Fresh-author families (wd-*, we-*, wf-*): 90 families by three more authors, written
 * 2026-12-01 after the shipped model was chosen, from the type table and the 40 shared examples
 * alone (they never saw the classifier, its data or the suite's prompts; check-family-file.ts
 * checked their files without classifying anything). Never trained on and never used to choose
 * anything: fresh-authors.jsonl, every row held out, is the clean new-author check now that the
 * cross-author set is trained on at a small weight.
 */
export const FRESH_AUTHORS: Family[] = [...freshD, ...freshE, ...freshF];

/**
 * Pool-author families: 390 families by thirteen more blind authors, written 2026-12-01 from the type
 * table and the 40 shared examples alone, from the same brief as the fresh set. wg-*, wh-*, wi-*
 * were first kept apart to try settings on; wj-*, wk-*, wl-*, wm-* (finance and commerce; games,
 * robots and devices; people and communication; public sector and field work) were written to be
 * trained on; wn-*, wo-*, wp-* each paste a block of records (logs, ledgers, tables, histories)
 * whose use decides the type, so that many dated or numbered lines alone stop reading as "past
 * cases"; wq-*, wr-*, ws-* (science and education in tool loops; software and IT; everyday
 * dialogues) were the last batch. Trained on in the shipped model at 0.3 of a training row's weight, with the cross-author
 * set (SHIPPED in scripts/train-classifier.ts; bench/RESULTS.md, eighth round).
 * pool-authors.jsonl, every row outside requests.jsonl's split.
 */
export const POOL_AUTHORS: Family[] = [...devG, ...devH, ...devI, ...trainJ, ...trainK, ...trainL, ...trainM, ...trainN, ...trainO, ...trainP, ...trainQ, ...trainR, ...trainS];

/**
 * Twin-author families (wt-*, wu-*, wv-*): 99 families by three more blind authors, written
 * 2026-12-02 from the pool brief plus one theme: near twins across type boundaries (a family of
 * one type shares its domain, wording and data layout with a family of another, and only what the
 * agent must do decides the label). Trained on as pool authors they failed the twelfth round's rule
 * (bench/RESULTS.md), so they are kept apart and never trained on: twin-authors.jsonl, every row
 * held out, a new-author check on look-alike requests.
 */
export const TWIN_AUTHORS: Family[] = [...twinT, ...twinU, ...twinV];

/**
 * Late-author families (xa-*, xb-*, xc-*, xd-*): 132 families by four more blind authors, written
 * 2026-12-02 from the pool brief (public sector; media and entertainment; heavy industry and
 * energy; personal life and small business). Trained on as pool authors they failed the sixteenth
 * round's rule (bench/RESULTS.md): the training families' CV got worse. So they are kept apart and
 * never trained on: late-authors.jsonl, every row held out, a new-author check that no shipped
 * model was selected with.
 */
export const LATE_AUTHORS: Family[] = [...lateA, ...lateB, ...lateC, ...lateD];

/**
 * Hard cases, never trained on: archetypes whose structure points to another type (tool loops in a
 * fully known world, several turns of independent readings, rule-free choices between options).
 * Trained on, they lowered family-CV accuracy on the families above (0.789 -> 0.761), so they are
 * kept as a separate out-of-distribution check: hard-cases.jsonl, every row held out.
 */
export const HARD_CASES: Family[] = [...goalBasedMore, ...utilityBasedMore, ...reflexMore, ...worldMore, ...learningMore, ...contrastFamilies];

export function rowsOf(families: readonly Family[]): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const family of families) {
    resetCallIds();
    for (let index = 0; index < family.variants; index++) {
      const rng = createRng(hashText(`${family.id}#${index}`));
      const { lang, difficulty, secondary, ...request } = family.make(rng, index);
      rows.push({
        id: `cls-${hashText(`${family.id}#${index}`).toString(16).padStart(8, '0').slice(0, 6)}`,
        family: family.id,
        label: family.label,
        secondary: secondary === undefined ? family.secondary ?? null : secondary,
        agentic: family.agentic ?? true,
        difficulty: difficulty ?? family.difficulty,
        lang: lang ?? 'en',
        rationale: family.rationale,
        request: { model: 'router/auto', ...request },
      });
    }
  }
  return rows;
}

/**
 * The dataset: FAMILIES split by the family-hash rule (computed over FAMILIES alone, so adding
 * the blind families never moves one of them across the split), then the blind families (always
 * held out).
 */
export function buildRows(): LabelledRow[] {
  const rows = rowsOf(FAMILIES);
  const held = heldOutFamilies(rows);
  return [
    ...rows.map((row): LabelledRow => ({ ...row, split: held.has(row.family ?? row.id) ? 'heldout' : 'train' })),
    ...heldOutRows(blindFamilies),
  ];
}

/** Rows of `families`, every one marked held out (never trained on). */
export function heldOutRows(families: readonly Family[]): LabelledRow[] {
  return rowsOf(families).map((row): LabelledRow => ({ ...row, split: 'heldout' }));
}

/** The sets kept apart from requests.jsonl, every row held out: file name, what it is, its families. */
export const HELD_OUT_SETS: readonly { file: string; name: string; families: readonly Family[] }[] = [
  { file: 'hard-cases.jsonl', name: 'hard-case', families: HARD_CASES },
  { file: 'cross-author.jsonl', name: 'cross-author', families: CROSS_AUTHOR },
  { file: 'fresh-authors.jsonl', name: 'fresh-author', families: FRESH_AUTHORS },
  { file: 'pool-authors.jsonl', name: 'pool-author', families: POOL_AUTHORS },
  { file: 'twin-authors.jsonl', name: 'twin-author', families: TWIN_AUTHORS },
  { file: 'late-authors.jsonl', name: 'late-author', families: LATE_AUTHORS },
];

/** The JSONL text of `rows`, as the dataset files hold it. */
export const toJsonl = (rows: readonly LabelledRow[]): string => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = buildRows();
  const here = dirname(fileURLToPath(import.meta.url));
  const out = join(here, 'requests.jsonl');
  writeFileSync(out, toJsonl(rows));
  for (const set of HELD_OUT_SETS) {
    const held = heldOutRows(set.families);
    writeFileSync(join(here, set.file), toJsonl(held));
    console.log(`${held.length} ${set.name} rows, ${set.families.length} families -> ${join(here, set.file)}`);
  }
  const count = (pick: (r: LabelledRow) => boolean): number => rows.filter(pick).length;
  console.log(`${rows.length} rows, ${FAMILIES.length + blindFamilies.length} families (${blindFamilies.length} blind) -> ${out}`);
  for (const label of new Set(rows.map((r) => r.label))) {
    console.log(`  ${label}: ${count((r) => r.label === label && r.agentic !== false)} agentic, ${count((r) => r.label === label && r.agentic === false)} non-agentic`);
  }
  console.log(`  held out: ${count((r) => r.split === 'heldout')}, secondary labels: ${count((r) => r.secondary != null)}`);
}
