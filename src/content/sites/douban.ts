import {douban} from '../../extract/sites/douban.ts';
import {registerSite} from '../site-registry.ts';

registerSite(douban);
