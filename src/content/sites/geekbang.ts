import {geekbang} from '../../extract/sites/geekbang.ts';
import {registerSites} from '../site-registry.ts';

registerSites(geekbang);
