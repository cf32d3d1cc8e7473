// Runs before `npm start` and `npm test` (prestart/pretest), on whatever Node the machine has: installs the
// dependencies when they are not installed yet (a fresh clone). After a change of package-lock.json, run `npm ci`
// yourself: reinstalling behind a running command's back would be a surprise. The install brings the project's own
// Node 24 (the `node` dev dependency), which every npm script then runs on. Plain JavaScript on purpose: it must run
// on the machine's Node before that one exists.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const installed = `${root}node_modules/.package-lock.json`;
const runtime = `${root}node_modules/.bin/node`;

if (!existsSync(installed) || !existsSync(runtime)) {
  console.error('Installing dependencies (npm ci), including the Node 24 runtime the scripts run on...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
