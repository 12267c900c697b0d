import { JSDOM } from 'jsdom';
import { publishedDate, readVisibleText } from '../lib/visible-text';

/**
 * Parses HTML with a standards-compliant parser into an inert document (no scripts run,
 * nothing is fetched: jsdom's defaults) and reads it as the extension reads a page.
 */
export async function readHtml(html: string): Promise<{ text: string; date: string | null }> {
  // Stylesheets are never visible text, and jsdom's CSS parser throws on some real ones.
  const dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '<style></style>'));
  try {
    const doc = dom.window.document;
    return { text: readVisibleText(doc.body ?? doc.documentElement).text, date: publishedDate(doc) };
  } finally {
    dom.window.close();
  }
}
