import { render } from 'preact';
import { SourcesApp } from '../../components/sources-app';
import { t } from '../../extension/i18n';
import { loadUiLanguage } from '../../extension/ui-language';
import '../../components/sources.css';

void loadUiLanguage().then(() => {
  document.title = `${t('sources_pageTitle')} · ${t('extName')}`;
  render(<SourcesApp />, document.getElementById('app')!);
});
