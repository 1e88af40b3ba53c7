import {youtube} from '../../extract/sites/youtube.ts';
import {registerSite} from '../site-registry.ts';

registerSite(youtube);
