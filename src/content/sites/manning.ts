import {manning} from '../../extract/sites/manning.ts';
import {registerSites} from '../site-registry.ts';

registerSites(manning);
