import {amazon} from '../../extract/sites/amazon.ts';
import {registerSite} from '../site-registry.ts';

registerSite(amazon);
