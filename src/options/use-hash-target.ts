import {useEffect} from 'preact/hooks';
import {itemFromHash, searchFromHash} from '../ui/options-url.ts';

/** What a hash asks the open options page for: a work's editor, or the list searched for some text. */
export type HashTarget = {item: string} | {search: string};

export function hashTarget(hash: string): HashTarget | undefined {
	const item = itemFromHash(hash);
	if (item) return {item};
	const search = searchFromHash(hash);
	return search === undefined ? undefined : {search};
}

/**
 * Follows the hash while the page is open: the address bar's keyword may send its answer to the tab already showing
 * this page, and a new hash on the same page navigates without reloading it.
 */
export function useHashTarget(onTarget: (target: HashTarget) => void): void {
	useEffect(() => {
		const follow = () => {
			const target = hashTarget(location.hash);
			if (target) onTarget(target);
		};
		addEventListener('hashchange', follow);
		return () => removeEventListener('hashchange', follow);
	}, []); // Once: onTarget only calls state setters, which never change
}
