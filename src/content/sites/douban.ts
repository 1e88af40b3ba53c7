import {douban} from '../../extract/sites/douban.ts';
import {registerSites} from '../site-registry.ts';

registerSites(douban);
