import { READER_LISTENER } from '../extension/page-loader';
import { startPageReader } from '../extension/page-reader';

// The reader, the painter and the card controller: injected into a page's isolated world by the
// background when the every-page loader asks (`load-reader`): the gate passed, text naming the
// region arrived, or the popup, side panel or a keyboard command asked the page something.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main: (ctx) => {
    // Injected once per world: a second injection (two requests racing) leaves the first reader alone.
    if ((globalThis as Record<symbol, unknown>)[READER_LISTENER]) return;
    void startPageReader(ctx);
  },
});
