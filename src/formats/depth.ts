import type {Problems} from './clean.ts';

/**
 * Deepest nesting kept in imported JSON. Real exports are shallow (a backup doc is about 6 levels, a browser's
 * bookmark tree rarely 20 folders deep); the importers walk values recursively, so a cap well below any stack
 * limit keeps a 100,000-level file from overflowing the stack.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * Replaces every array or object nested deeper than `max` levels with null, in place and without recursion, and
 * reports it once, naming the first place and the top-level record (its `line`). Everything shallower is kept.
 */
export function pruneDeepJson(data: unknown, problems: Problems, max = MAX_JSON_DEPTH): unknown {
	if (!isContainer(data)) return data;
	let cut = 0;
	let first: {path: string; line?: number} | undefined;
	const stack: {value: Container; depth: number; path: string; line?: number}[] = [
		{value: data, depth: 1, path: '$'},
	];
	for (let frame = stack.pop(); frame; frame = stack.pop()) {
		const {value, depth} = frame;
		for (const key of Object.keys(value)) {
			const child = (value as Record<string, unknown>)[key];
			if (!isContainer(child)) continue;
			const line = frame.line ?? (depth === 1 && Array.isArray(data) ? Number(key) + 1 : undefined);
			const path = depth < 4
				? `${frame.path}${Array.isArray(value) ? `[${key}]` : `.${key}`}`
				: frame.path.endsWith('…') ? frame.path : `${frame.path}…`;
			if (depth < max) { stack.push({value: child, depth: depth + 1, path, line}); continue; }
			// defineProperty, not assignment: an own `__proto__` key from JSON.parse
			// must not reach the prototype setter.
			Object.defineProperty(value, key, {value: null, writable: true, enumerable: true, configurable: true});
			cut++;
			first ??= {path, line};
		}
	}
	if (first) {
		const more = cut > 1 ? ` (and ${cut - 1} more)` : '';
		problems.add('TOO_DEEP', `nested deeper than ${max} levels at ${first.path}${more}: the deeper part was left out`, first.line);
	}
	return data;
}

type Container = object;
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;
