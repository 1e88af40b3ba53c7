import type {IDBPDatabase, IDBPObjectStore, IDBPTransaction} from 'idb';
import type {ShelfmarkDB} from '../schema.ts';
import {createItems} from './001-create-items.ts';
import {indexRecommenders} from './002-index-recommenders.ts';
import {indexShards} from './003-index-shards.ts';
import {dropUnqueriedIndexes} from './004-drop-unqueried-indexes.ts';
import {indexWorkKeys} from './005-works-keys.ts';
import {createListViews} from './006-list-views.ts';
import {createListSnapshot} from './007-list-snapshot.ts';
import {createViewPages} from './008-view-pages.ts';

export type UpgradeTx =
	IDBPTransaction<ShelfmarkDB, ('items' | 'meta' | 'views' | 'snapshot' | 'viewPages')[], 'versionchange'>;
/** A store seen without the current schema's types: for indexes an older version had and a newer one drops. */
export type UntypedStore = IDBPObjectStore<unknown, ArrayLike<string>, string, 'versionchange'>;
export type Migration = (db: IDBPDatabase<ShelfmarkDB>, tx: UpgradeTx) => void | Promise<void>;

/** Append only: `migrations[i]` upgrades version i to i + 1. */
export const migrations: readonly Migration[] = [
	createItems, indexRecommenders, indexShards, dropUnqueriedIndexes, indexWorkKeys, createListViews,
	createListSnapshot, createViewPages,
];
export const DB_VERSION = migrations.length;
