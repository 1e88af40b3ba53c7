import {geekbang} from '../../extract/sites/geekbang.ts';
import {registerSite} from '../site-registry.ts';

registerSite(geekbang);
