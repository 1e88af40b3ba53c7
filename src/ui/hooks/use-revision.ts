import {useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';

/** The key the background bumps in storage.local after every write to the list. */
export const REVISION_KEY = 'revision';

let localBumps = 0;
const localListeners = new Set<() => void>();

/**
 * Asks every useRevision() in this page to refetch now, without waiting for the background's bump to come back
 * through storage.onChanged. Call after a write this page made.
 */
export function invalidate(): void {
	localBumps++;
	for (const listener of localListeners) listener();
}

/**
 * A value that changes whenever the list changes (by this page, another page, the popup, or sync): use it as a
 * dependency of any fetch. The background writes `revision` to storage.local after each write.
 */
export function useRevision(): string {
	const [stored, setStored] = useState('');
	const [local, setLocal] = useState(localBumps);
	useEffect(() => {
		let live = true;
		const onChanged = (changes: Record<string, {newValue?: unknown}>, area: string) => {
			if (area === 'local' && REVISION_KEY in changes) setStored(String(changes[REVISION_KEY]!.newValue ?? ''));
		};
		const onLocal = () => setLocal(localBumps);
		browser.storage.onChanged.addListener(onChanged);
		localListeners.add(onLocal);
		void browser.storage.local.get(REVISION_KEY).then(values => {
			if (live) setStored(String(values[REVISION_KEY] ?? ''));
		});
		return () => {
			live = false;
			browser.storage.onChanged.removeListener(onChanged);
			localListeners.delete(onLocal);
		};
	}, []);
	return `${stored}:${local}`;
}
