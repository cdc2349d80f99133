// `npm run suite:validity -- --log RUN_LOG [--log RUN_LOG ...]`: per agent type, the Spearman
// rank correlation across models between the type score and its validation task score. Run
// logs must include validation tasks (`bench --validation`).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseRunLog, viewRunLog, type ScenarioRecord } from '../src/refresh/run-log';
import { formatValidity, validityReport } from '../src/refresh/validity';

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { log: { type: 'string', multiple: true } } });
  const logs = (values.log ?? []).flatMap((value) => value.split(','));
  if (logs.length === 0) {
    console.error('usage: npm run suite:validity -- --log RUN_LOG [--log RUN_LOG ...]');
    return 2;
  }
  const scenarios: ScenarioRecord[] = [];
  for (const path of logs) scenarios.push(...viewRunLog(parseRunLog(await readFile(path, 'utf8')).records).scenarios);
  if (!scenarios.some((s) => s.validation)) {
    console.error('no validation scenarios in these logs: run bench with --validation');
    return 1;
  }
  console.log(formatValidity(validityReport(scenarios)));
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
