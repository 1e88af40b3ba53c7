import type {Catalog} from '../../core/catalog.ts';
import common from './common.ts';
import importExport from './import-export.ts';
import harvest from './harvest.ts';
import keyboard from './keyboard.ts';
import details from './details.ts';
import options from './options.ts';
import popup from './popup.ts';
import sync from './sync.ts';
import sidePanel from './side-panel.ts';

/** Every UI string. Each area keeps its own module; keys must be unique across them (a unit test checks). */
export const catalogs = {
	common, popup, options, details, harvest, importExport, sync, keyboard, sidePanel,
} as const satisfies Record<string, Catalog>;

type Merge<T> = {[K in keyof T]: keyof T[K]}[keyof T];
export type MessageKey = Merge<typeof catalogs> & string;

export const messages: Catalog = Object.assign({}, ...Object.values(catalogs)) as Catalog;
