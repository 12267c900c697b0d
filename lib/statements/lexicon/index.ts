import { az } from './az';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hy } from './hy';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { StatementLexicon } from './shape';
import { tr } from './tr';

/** Every language the statement reader knows; English first, the fallback for a text of no clear language. */
export const STATEMENT_LEXICONS: readonly StatementLexicon[] = [en, ru, de, fr, it, es, pt, nl, pl, tr, cs, az, hy];
