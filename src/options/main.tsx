import {render} from 'preact';
import {backgroundApi} from '../shared/rpc.ts';
import {ApiContext} from '../ui/api-context.ts';
import {t} from '../ui/i18n.ts';
import {OptionsApp} from './OptionsApp.tsx';

document.title = t('optPageTitle');
document.documentElement.lang = t('optLang');
render(<ApiContext.Provider value={backgroundApi}><OptionsApp/></ApiContext.Provider>, document.getElementById('app')!);
