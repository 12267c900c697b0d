import { Window } from 'happy-dom';
import { publishedDate, readVisibleText } from '../lib/visible-text';

/** Parses HTML without running its scripts or loading anything, and reads it as the extension does. */
export async function readHtml(html: string): Promise<{ text: string; date: string | null }> {
  const window = new Window({
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.open();
    doc.write(html);
    doc.close();
    return { text: readVisibleText(doc.body ?? doc.documentElement).text, date: publishedDate(doc) };
  } finally {
    await window.happyDOM.close();
  }
}
