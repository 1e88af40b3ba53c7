import type {ComponentType, FunctionComponent} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {t} from '../ui/i18n.ts';

/**
 * A component whose code is loaded when it is first shown. The options page opens on its list, and a cold start waits
 * for every script the page imports: the importers' parsers, sync settings and topic tools then load only when their
 * view is opened. A failed load (the extension updated under an open page) says so and is tried again next time.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
	let loaded: ComponentType<P> | undefined;
	let loading: Promise<ComponentType<P>> | undefined;
	return function Lazy(props: P) {
		const [component, setComponent] = useState(() => loaded);
		const [failed, setFailed] = useState(false);
		useEffect(() => {
			if (component) return undefined;
			let current = true;
			(loading ??= load().then(found => (loaded = found))).then(
				found => { if (current) setComponent(() => found); },
				() => { loading = undefined; if (current) setFailed(true); },
			);
			return () => { current = false; };
		}, []);
		if (failed) return <p role="alert" class="lazy-failed">{t('optViewFailed')}</p>;
		const Component = component;
		return Component ? <Component {...props}/> : null;
	};
}
