import {youtube} from '../../extract/sites/youtube.ts';
import {registerSites} from '../site-registry.ts';

registerSites(youtube);
