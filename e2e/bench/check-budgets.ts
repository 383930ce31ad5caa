// `npm run budgets [-- --port 3210]`: after `npm run build`, starts the production server, measures the
// JavaScript each page type ships (gzip) and fails when a page type is over its budget (e2e/bench/budgets.ts).
import { measureAllPages } from './bytes';
import { budgetFailures, OWN_JS_BUDGETS } from './budgets';
import { pageType } from './pages';
import { printTable } from './report';
import { assertBuilt, startServer } from './server';

const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.BUDGET_PORT ?? 3210));

assertBuilt();
const server = await startServer(port);
let failures: string[];
try {
  const results = await measureAllPages(server.origin);
  printTable(
    ['page', 'locale', 'own JS', 'budget', 'runtime JS', 'CSS', 'HTML'],
    results.map((r) => {
      const budget = OWN_JS_BUDGETS[pageType(r.page).kind];
      return [r.page, r.locale, r.ownJs, budget ?? '-', r.runtimeJs, r.css, r.html];
    }),
  );
  console.log('Bytes are gzip (level 6, as `next start` sends them).');
  failures = budgetFailures(results);
} finally {
  await server.stop();
}
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('Every page type is within its JavaScript budget.');
