import {useEffect, useState} from 'preact/hooks';

/** `value`, settled for `ms`: typing fires one search per pause instead of one per key. */
export function useDebounced<T>(value: T, ms: number): T {
	const [settled, setSettled] = useState(value);
	useEffect(() => {
		const timer = setTimeout(() => setSettled(value), ms);
		return () => clearTimeout(timer);
	}, [value, ms]);
	return settled;
}
