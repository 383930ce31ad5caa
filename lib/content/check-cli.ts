// `npm run content:check`: validates all content; exits 1 on errors, prints warnings for stale reviews.
import { checkContent } from './check';

async function main() {
  const maxAgeDays = Number(process.env.CONTENT_MAX_AGE_DAYS ?? 180);
  const report = await checkContent({ maxAgeDays: Number.isFinite(maxAgeDays) ? maxAgeDays : 180 });
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  for (const error of report.errors) console.error(`error: ${error}`);
  console.log(`content check: ${report.checked} files checked, ${report.errors.length} errors, ${report.warnings.length} warnings`);
  process.exitCode = report.errors.length > 0 ? 1 : 0;
}

void main();
