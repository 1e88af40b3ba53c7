import {github} from '../../extract/sites/github.ts';
import {registerSites} from '../site-registry.ts';

registerSites(github);
