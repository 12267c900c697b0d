// `npm start`: checks the bundled demo article in the terminal and prints the report.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(ROOT, 'public', 'demo', 'article.html');
console.log(`Checking the bundled demo article (${demo}) against the seed corpus:\n`);
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check.ts'), demo], { stdio: 'inherit', cwd: ROOT });
