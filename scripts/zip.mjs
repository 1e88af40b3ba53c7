// Zips that depend only on their files' paths and bytes, so two builds give byte-identical store packages (issue 18).
// web-ext build stores each file's mtime and the order the directory walk met it; this stores neither.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {zipSync} from 'fflate';

/**
 * Every entry's time. fflate writes the DOS time from local-time getters, so the date is built from local fields:
 * the bytes are the same in every time zone.
 */
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** Every file under `dir`, as paths relative to it with `/` separators, sorted by code unit. */
export function listFiles(dir) {
	const files = [];
	const walk = relative => {
		for (const entry of readdirSync(path.join(dir, relative), {withFileTypes: true})) {
			const name = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(name);
			else if (entry.isFile()) files.push(name);
		}
	};
	walk('');
	return files.sort(compare);
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Zip bytes of `entries` (path -> bytes), in path order, with one fixed time and no per-file attributes. */
export function zipEntries(entries) {
	const sorted = Object.fromEntries(Object.keys(entries).sort(compare)
		.map(name => [name, [entries[name], {mtime: FIXED_TIME, level: 9}]]));
	return zipSync(sorted, {mtime: FIXED_TIME});
}

/** Writes a zip of `files` (relative to `dir`, default: every file under it) to `file`. */
export function zipDirectory(dir, file, files = listFiles(dir)) {
	writeFileSync(file, zipEntries(Object.fromEntries(files.map(name => [name, readFileSync(path.join(dir, name))]))));
}
