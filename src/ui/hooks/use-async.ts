import {type Inputs, useEffect, useState} from 'preact/hooks';

export type AsyncState<T> = {data?: T; error?: unknown; loading: boolean};

/**
 * Runs `load` whenever `inputs` change and keeps the newest answer: an older call that resolves late is
 * dropped, so quick typing never shows stale results. The previous data stays visible while reloading.
 */
export function useAsync<T>(load: () => Promise<T>, inputs: Inputs): AsyncState<T> & {retry(): void} {
	const [state, setState] = useState<AsyncState<T>>({loading: true});
	const [attempt, setAttempt] = useState(0);
	useEffect(() => {
		let current = true;
		setState(previous => ({...previous, loading: true}));
		load().then(
			data => { if (current) setState({data, loading: false}); },
			(error: unknown) => { if (current) setState(previous => ({data: previous.data, error, loading: false})); },
		);
		return () => { current = false; };
	}, [...inputs, attempt]); // Callers pass the inputs `load` depends on, as with useMemo
	return {...state, retry: () => setAttempt(n => n + 1)};
}
