import { render } from 'preact';
import { PopupApp, targetTab } from '../../components/popup-app';
import { t } from '../../extension/i18n';
import { loadUiLanguage } from '../../extension/ui-language';
import '../../components/popup.css';

const initialText = location.hash.startsWith('#check=') ? decodeURIComponent(location.hash.slice('#check='.length)) : '';
void Promise.all([targetTab(), loadUiLanguage()]).then(([tabId]) => {
  document.title = t('extName');
  render(<PopupApp tabId={tabId} initialText={initialText} />, document.getElementById('app')!);
});
