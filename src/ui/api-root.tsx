import type {ComponentChildren} from 'preact';
import {backgroundApi} from '../shared/rpc.ts';
import {ApiContext} from './api-context.ts';

/**
 * The one place the extension pages create their BackgroundApi (messages to the background). Popup and options
 * entries render under it; components take the API from the context, tests provide a fake one instead.
 */
export function BackgroundApiRoot({children}: {children: ComponentChildren}) {
	return <ApiContext.Provider value={backgroundApi}>{children}</ApiContext.Provider>;
}
