// Renders scripts/icons.svg to the PNGs in public/icon/ the manifests name (16, 32, 48 and 128 px) with Debian's
// headless Chromium: `npx tsx scripts/icons.ts`. The PNGs are committed; run this after editing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const DIR = resolve(import.meta.dirname, '../public/icon');
/** The sizes browsers and stores ask for: toolbar (16, 32), add-ons page (48), store and install (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const source = join(import.meta.dirname, 'icons.svg');
  const svg = readFileSync(source, 'utf8');
  if (!/<svg[^>]*width="\d+" height="\d+"/.test(svg)) throw new Error(`${source}: the <svg> element needs width="N" height="N" attributes, which this script sets to each size`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      writeFileSync(join(DIR, `${size}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
