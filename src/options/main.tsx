import '../shared/e2e-phone.ts'; // First: e2e phone runs remove Android's missing APIs before anything reads them
import {render} from 'preact';
import {BackgroundApiRoot} from '../ui/api-root.tsx';
import {t} from '../ui/i18n.ts';
import {OptionsApp} from './OptionsApp.tsx';

document.title = t('optPageTitle');
document.documentElement.lang = t('optLang');
render(<BackgroundApiRoot><OptionsApp/></BackgroundApiRoot>, document.getElementById('app')!);
