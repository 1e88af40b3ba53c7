import {createContext} from 'preact';
import {useContext} from 'preact/hooks';
import type {BackgroundApi} from '../shared/messages.ts';

/**
 * The BackgroundApi the components call. Both entries (popup, options) render under BackgroundApiRoot
 * (api-root.tsx, the one module that creates the messaging client); tests and previews provide an in-memory
 * fake, so components never import the messaging layer themselves.
 */
export const ApiContext = createContext<BackgroundApi | null>(null);

/** The BackgroundApi of the nearest ApiContext provider. */
export function useApi(): BackgroundApi {
	const api = useContext(ApiContext);
	if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it');
	return api;
}
