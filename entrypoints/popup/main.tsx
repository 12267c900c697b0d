import { render } from 'preact';
import { PopupApp, targetTab } from '../../components/popup-app';
import '../../components/popup.css';

const initialText = location.hash.startsWith('#check=') ? decodeURIComponent(location.hash.slice('#check='.length)) : '';
void targetTab().then((tabId) => render(<PopupApp tabId={tabId} initialText={initialText} />, document.getElementById('app')!));
