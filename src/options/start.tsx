// The options page itself, imported by main.tsx once it has sent its early request for the list's first page.
import {render} from 'preact';
import {BackgroundApiRoot} from '../ui/api-root.tsx';
import {t} from '../ui/i18n.ts';
import {OptionsApp} from './OptionsApp.tsx';

document.title = t('optPageTitle');
document.documentElement.lang = t('optLang');
render(<BackgroundApiRoot><OptionsApp/></BackgroundApiRoot>, document.getElementById('app')!);
