import {manning} from '../../extract/sites/manning.ts';
import {registerSite} from '../site-registry.ts';

registerSite(manning);
