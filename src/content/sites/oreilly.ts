import {oreilly} from '../../extract/sites/oreilly.ts';
import {registerSites} from '../site-registry.ts';

registerSites(oreilly);
