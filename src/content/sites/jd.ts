import {jd} from '../../extract/sites/jd.ts';
import {registerSite} from '../site-registry.ts';

registerSite(jd);
