import { startPageReader } from '../../extension/page-reader';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startPageReader(ctx),
});
