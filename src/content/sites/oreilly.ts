import {oreilly} from '../../extract/sites/oreilly.ts';
import {registerSite} from '../site-registry.ts';

registerSite(oreilly);
