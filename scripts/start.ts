// `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo
// article. On a machine with no display it says so and prints the terminal report instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(ROOT, 'public', 'demo', 'article.html');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function terminalReport(reason: string): void {
  console.log(`${reason}\nPrinting the terminal report of the bundled demo article instead:\n`);
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check.ts'), DEMO], { stdio: 'inherit', cwd: ROOT });
}

async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return terminalReport('No display found (DISPLAY and WAYLAND_DISPLAY are not set), so no browser can open.');
  if (!existsSync(CHROMIUM)) return terminalReport(`No Chromium at ${CHROMIUM} (install it with: apt-get install chromium, or set CHROMIUM=/path).`);
  console.log('Building the extension…');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { stdio: 'inherit', cwd: ROOT });
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(DEMO)));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const { chromium } = await import('playwright-core');
  const extension = join(ROOT, '.output', 'chrome-mv3');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'crosscheck-demo-')), {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${port}/`);
  console.log(`Chromium is open on the demo article (http://127.0.0.1:${port}/). Hover a highlighted figure; close the browser to stop.`);
  await new Promise<void>((done) => context.on('close', () => done()));
  server.close();
}

main().catch((e: unknown) => {
  console.error(`start: ${(e as Error).message}`);
  process.exit(1);
});
