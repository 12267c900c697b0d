// An article about the exodus inside real sites' markup (navigation, sidebars, comments, scripts):
// the highlight registry holds exactly the article's figures, each under its verdict.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights, launch, SHARED, waitForHighlights, type Session } from './harness';

const ARTICLE = `<div class="injected-article">
<h2>Nagorno-Karabakh empties as refugees reach Armenia</h2>
<p>More than 100,000 people have now fled Nagorno-Karabakh for Armenia, the government said on Saturday.</p>
<p>The region had a population of about 120,000 before Azerbaijan's offensive.</p>
<p>By Wednesday, some 50,000 people had crossed into Armenia.</p>
<p>A social-media post claimed that only 5,000 cars had crossed the Hakari Bridge by Saturday.</p>
<p>At least 68 people died in the explosion at a fuel depot near Stepanakert on Monday.</p>
</div>`;
const EXPECTED = {
  'crosscheck-corroborated': ['More than 100,000', 'about 120,000'],
  'crosscheck-consistent': ['some 50,000'],
  'crosscheck-conflicting': ['only 5,000'],
  'crosscheck-unverified': ['At least 68'],
};
const SITES = ['guardian-1.html', 'nytimes-1.html', 'bbc-1.html', 'wapo-1.html', 'lemonde-1.html'];

let server: Server;
let s: Session;
let base: string;

beforeAll(async () => {
  const pages = new Map<string, string>();
  for (const f of SITES) {
    let html = readFileSync(join(SHARED, 'real-pages', f), 'utf8');
    const at = html.search(/<\/h1>/i); // the article goes where the site's own article starts
    html = at > 0 ? html.slice(0, at + 5) + ARTICLE + html.slice(at + 5) : html.replace(/<body[^>]*>/i, (m) => m + ARTICLE);
    pages.set(`/${f}`, html.replace(/<head[^>]*>/i, (m) => `${m}<meta property="article:published_time" content="2023-09-30T12:00:00Z">`));
  }
  server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  s = await launch(base);
});

afterAll(async () => {
  await s?.close();
  server?.close();
});

describe('an article about the exodus inside real sites’ markup', () => {
  it.each(SITES)('%s: the registry holds the article’s figures and nothing else', async (site) => {
    const page = await s.context.newPage();
    await page.goto(`${base}/${site}`, { waitUntil: 'load' });
    await waitForHighlights(page, 5);
    await page.waitForTimeout(300);
    expect(await highlights(page)).toEqual(EXPECTED);
    await page.close();
  });

  it('no error, no request by the extension', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
