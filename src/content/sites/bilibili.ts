import {bilibili} from '../../extract/sites/bilibili.ts';
import {registerSite} from '../site-registry.ts';

registerSite(bilibili);
