import { render } from 'preact';
import { PopupApp, targetTab } from '../../components/popup-app';
import { loadUiLanguage, t } from '../../extension/i18n';
import '../../components/popup.css';

const initialText = location.hash.startsWith('#check=') ? decodeURIComponent(location.hash.slice('#check='.length)) : '';
void Promise.all([targetTab(), loadUiLanguage()]).then(([tabId]) => {
  document.title = t('extName');
  render(<PopupApp tabId={tabId} initialText={initialText} />, document.getElementById('app')!);
});
