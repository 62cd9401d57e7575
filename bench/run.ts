/**
 * `npm run bench`: runs every benchmark, prints a table and writes
 * bench/results.json (a flat object of numbers). Not part of `npm test`:
 * speed and size are measured here, never asserted in tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchColdStart } from './cold-start.bench';
import { benchCustomFunctions } from './custom-functions.bench';
import { benchImport, benchImportCalls } from './import.bench';
import { benchMatrixCalls } from './matrix-calls.bench';
import type { BenchResults } from './measure';
import { benchPreviewReady } from './preview-ready.bench';
import { benchReport } from './report.bench';
import { benchTemplate } from './template.bench';

const BENCHMARKS: [string, () => BenchResults | Promise<BenchResults>][] = [
  ['custom-function cold start', benchColdStart],
  ['custom functions', benchCustomFunctions],
  ['KPI template', benchTemplate],
  ['responsibility matrix service calls', benchMatrixCalls],
  ['monthly report', benchReport],
  ['preview ready', benchPreviewReady],
  ['import core', benchImport],
  ['import into the KPI tab', benchImportCalls],
];

async function main(): Promise<void> {
  const results: BenchResults = {};
  for (const [name, run] of BENCHMARKS) {
    console.log(`running: ${name}`);
    Object.assign(results, await run());
  }
  console.table(Object.entries(results).map(([metric, value]) => ({ metric, value })));
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
