import {type ComponentChild, createElement, type FunctionComponent} from 'preact';

/** Whether two props objects hold the same values key by key (by identity, as Preact compares state). */
function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
	for (const key in a) if (key !== 'children' && a[key] !== b[key]) return false;
	for (const key in b) if (!(key in a)) return false;
	return a.children === b.children;
}

/**
 * A component rendered again only when a prop changed: a scrolled list re-renders every row on each frame
 * otherwise. preact/compat's memo does this, but importing compat changes how every element's events are wired.
 */
export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
	function Memo(this: {props: P; shouldComponentUpdate?(next: P): boolean}, props: P): ComponentChild {
		this.shouldComponentUpdate = next =>
			!sameProps(this.props as Record<string, unknown>, next as Record<string, unknown>);
		return createElement(component, props);
	}
	Memo.displayName = `Memo(${component.displayName ?? component.name})`;
	return Memo;
}
