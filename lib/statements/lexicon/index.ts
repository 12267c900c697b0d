import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { ru } from './ru';
import type { StatementLexicon } from './shape';

/** Every language the statement reader knows; English first, the fallback for a text of no clear language. */
export const STATEMENT_LEXICONS: readonly StatementLexicon[] = [en, ru, de, fr];
