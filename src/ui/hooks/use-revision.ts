import {useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';

/** The key the background bumps in storage.local after every write to the list. */
export const REVISION_KEY = 'revision';

/** Writes to the list this page has seen since it loaded: its own (invalidate) and the background's bumps. */
let bumps = 0;
const listeners = new Set<() => void>();
let listening = false;

/**
 * Asks every useRevision() in this page to refetch now, without waiting for the background's bump to come back
 * through storage.onChanged. Call after a write this page made.
 */
export function invalidate(): void {
	bumps++;
	for (const listener of listeners) listener();
}

/** Listens from the first render on, before any component's first fetch starts, so no later write goes unseen. */
function listen(): void {
	if (listening) return;
	listening = true;
	browser.storage.onChanged.addListener((changes, area) => {
		if (area === 'local' && REVISION_KEY in changes) invalidate();
	});
}

/**
 * A value that changes whenever the list changes (by this page, another page, the popup, or sync): use it as a
 * dependency of any fetch. It starts unchanged: reading the stored revision at start made every fetch of the page
 * run twice (once before the read came back, once after), which at a cold start doubled the wait for the first rows.
 */
export function useRevision(): string {
	listen();
	const [seen, setSeen] = useState(bumps);
	useEffect(() => {
		const onBump = () => setSeen(bumps);
		listeners.add(onBump);
		onBump(); // A write seen between the first render and now
		return () => {
			listeners.delete(onBump);
		};
	}, []);
	return String(seen);
}
