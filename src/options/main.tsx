import '../shared/e2e-phone.ts'; // First: e2e phone runs remove Android's missing APIs before anything reads them
import {sendEarly} from '../shared/rpc.ts';
import {FIRST_PAGE} from './list-page.ts';

// The list's first page is asked for before the page's code loads (start.tsx, its own chunk): a background stopped
// for idleness, as it is most of the time, wakes and reads the page meanwhile. The list's first fetch takes the answer.
if (!location.hash) sendEarly('queryItems', FIRST_PAGE);
import('./start.tsx').catch((error: unknown) => console.error('[shelfmark] the options page failed to load', error));
