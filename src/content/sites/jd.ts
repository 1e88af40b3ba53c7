import {jd} from '../../extract/sites/jd.ts';
import {registerSites} from '../site-registry.ts';

registerSites(jd);
