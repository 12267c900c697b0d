// Unit and DOM tests run without a browser: components speak English, from the file the extension ships.
import english from '../public/_locales/en/messages.json';
import { useMessages } from '../extension/i18n';

useMessages('en', english, english);
