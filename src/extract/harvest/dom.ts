/**
 * The first `max` items of a live DOM collection, read by index. Spreading or iterating one reads its `length`
 * at every step, and jsdom (the CLI's DOM) answers `length` through a named-property scan of the whole list:
 * a page of 10,000 table rows or scripts would cost 10,000 scans.
 */
export function itemsOf<T>(list: {readonly [index: number]: T}, max = Infinity): T[] {
	const out: T[] = [];
	for (let item = list[0]; item && out.length < max; item = list[out.length]) out.push(item);
	return out;
}
