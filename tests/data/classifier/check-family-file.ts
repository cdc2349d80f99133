// Checks a template file of classifier families before it joins the dataset: it builds every
// row, and reports what the dataset tests would reject (bad requests, duplicate ids, too few
// rows per type, too little non-English). It never runs the classifier, so an author can use it
// without seeing how the classifier reads their rows.
// Usage: npx tsx tests/data/classifier/check-family-file.ts templates/FILE.ts EXPORT_NAME PREFIX
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AGENT_TYPES } from '../../../src/core/types';
import { parseChatRequest } from '../../../src/http/openai/request-schema';
import type { Family } from './templates/kit';
import { rowsOf } from './build-dataset';

const [file, exportName, prefix] = process.argv.slice(2);
if (!file || !exportName || !prefix) throw new Error('usage: check-family-file.ts templates/FILE.ts EXPORT_NAME PREFIX');
const families = (await import(pathToFileURL(resolve('tests/data/classifier', file)).href))[exportName] as Family[];
const rows = rowsOf(families);
const problems: string[] = [];
const ids = new Set<string>();
for (const family of families) {
  if (!family.id.startsWith(prefix)) problems.push(`family ${family.id} does not start with ${prefix}`);
  if (ids.has(family.id)) problems.push(`family id ${family.id} used twice`);
  ids.add(family.id);
}
for (const row of rows) {
  const parsed = parseChatRequest(row.request);
  if (!parsed.ok) problems.push(`${row.family}: request rejected by the gateway: ${parsed.error.message}`);
}
const agentic = rows.filter((r) => r.agentic !== false);
console.log(`${families.length} families, ${rows.length} rows (${agentic.length} agentic)`);
for (const type of AGENT_TYPES) {
  const n = agentic.filter((r) => r.label === type).length;
  const fams = new Set(agentic.filter((r) => r.label === type).map((r) => r.family)).size;
  console.log(`  ${type}: ${n} rows in ${fams} families`);
  if (fams < 5) problems.push(`${type}: ${fams} families (want >= 5)`);
}
const nonEnglish = rows.filter((r) => r.lang !== 'en').length;
console.log(`  non-agentic: ${rows.length - agentic.length} rows; not English: ${nonEnglish} rows (${new Set(rows.map((r) => r.lang)).size} languages)`);
if (nonEnglish * 3 < rows.length) problems.push('under a third of the rows are not in English');
const turns = rows.map((r) => r.request.messages.length);
console.log(`  messages per request: ${Math.min(...turns)}-${Math.max(...turns)}; with tools: ${rows.filter((r) => r.request.tools?.length).length}; with a JSON schema: ${rows.filter((r) => r.request.response_format?.type === 'json_schema').length}`);
if (problems.length > 0) {
  console.log(`PROBLEMS (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('ok');
