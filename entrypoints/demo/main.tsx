import { render } from 'preact';
import { DemoApp } from '../../components/demo-app';
import { t } from '../../extension/i18n';
import { loadUiLanguage } from '../../extension/ui-language';
import '../page-highlights.css';
import '../../components/demo.css';

void loadUiLanguage().then(() => {
  document.title = `${t('demo_pageTitle')} · ${t('extName')}`;
  render(<DemoApp />, document.getElementById('app')!);
});
