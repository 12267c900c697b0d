import seedIndex from 'virtual:seed-index';
import { startBackground } from '../../extension/background-service';

export default defineBackground(() => startBackground(seedIndex));
