import {icourse163} from '../../extract/sites/icourse163.ts';
import {registerSite} from '../site-registry.ts';

registerSite(icourse163);
