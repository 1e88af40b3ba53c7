import {amazon} from './amazon.ts';
import {bilibili} from './bilibili.ts';
import {coursera, edx, udemy} from './courses.ts';
import {douban} from './douban.ts';
import {geekbang} from './geekbang.ts';
import {github} from './github.ts';
import {icourse163} from './icourse163.ts';
import {jd} from './jd.ts';
import {lowCountries} from './low-countries.ts';
import {manning} from './manning.ts';
import {oreilly} from './oreilly.ts';
import type {Site} from './site.ts';
import {youtube} from './youtube.ts';

/** Site adapters (DESIGN §4), tried in order; the first whose test matches `host + pathname` runs. */
export const SITES: Site[] = [douban, geekbang, amazon, jd, oreilly, manning, coursera, udemy, edx, github, youtube,
	bilibili, icourse163, lowCountries];
