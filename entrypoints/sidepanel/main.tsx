import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import { t } from '../../extension/i18n';
import { loadUiLanguage } from '../../extension/ui-language';
import '../../components/popup.css';
import '../../components/side-panel.css';

// `?window=ID` names the window to follow when the panel is opened as a page (the browser tests do).
const param = new URLSearchParams(location.search).get('window');
void loadUiLanguage().then(() => {
  document.title = `${t('panel_pageTitle')} · ${t('extName')}`;
  render(<SidePanelApp windowId={param && /^\d+$/.test(param) ? Number(param) : null} />, document.getElementById('app')!);
});
