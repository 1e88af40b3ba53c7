/**
 * The first `max` items (100,000 unless said: a hostile page may hold millions) of a live DOM collection, read by
 * index. Iterating one (or reading its `length`) in jsdom, the CLI's DOM, runs a named-property scan of the whole
 * list at every step: a page of 20,000 images, buttons or meta tags took minutes. A browser answers both in
 * constant time either way.
 */
export function* each<T>(list: {readonly [index: number]: T | undefined}, max = 1e5): Generator<T> {
	for (let i = 0; i < max && list[i]; i++) yield list[i]!;
}
