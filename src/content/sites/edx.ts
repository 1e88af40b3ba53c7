import {edx} from '../../extract/sites/courses.ts';
import {registerSites} from '../site-registry.ts';

registerSites(edx);
