import {lowCountries} from '../../extract/sites/low-countries.ts';
import {registerSite} from '../site-registry.ts';

registerSite(lowCountries);
