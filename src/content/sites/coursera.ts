import {coursera} from '../../extract/sites/courses.ts';
import {registerSite} from '../site-registry.ts';

registerSite(coursera);
