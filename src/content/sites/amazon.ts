import {amazon} from '../../extract/sites/amazon.ts';
import {registerSites} from '../site-registry.ts';

registerSites(amazon);
