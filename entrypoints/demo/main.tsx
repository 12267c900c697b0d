import { render } from 'preact';
import { DemoApp } from '../../components/demo-app';
import { loadUiLanguage, t } from '../../extension/i18n';
import '../../entrypoints/content/highlights.css';
import '../../components/demo.css';

void loadUiLanguage().then(() => {
  document.title = `${t('demo_pageTitle')} · ${t('extName')}`;
  render(<DemoApp />, document.getElementById('app')!);
});
