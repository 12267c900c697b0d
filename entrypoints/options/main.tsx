import { render } from 'preact';
import { OptionsApp } from '../../components/options-app';
import { t } from '../../extension/i18n';
import { loadUiLanguage } from '../../extension/ui-language';
import '../../components/options.css';

void loadUiLanguage().then(() => {
  document.title = t('options_pageTitle');
  render(<OptionsApp />, document.getElementById('app')!);
});
