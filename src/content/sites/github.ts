import {github} from '../../extract/sites/github.ts';
import {registerSite} from '../site-registry.ts';

registerSite(github);
