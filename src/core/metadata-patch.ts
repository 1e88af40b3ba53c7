import {contributorRole, type PageMetadata} from './types.ts';
import type {SaveInput} from './save.ts';

/** The item fields a page's metadata gives (contributor roles outside the known set become `other`). */
export function patchFromMetadata(metadata: PageMetadata): SaveInput & {url: string} {
	const patch: SaveInput & {url: string} = {
		url: metadata.url, title: metadata.title || metadata.url, kind: metadata.kind, authors: metadata.authors,
	};
	const optional = [
		'description', 'image', 'publisher', 'provider', 'language', 'publishedAt', 'duration', 'price',
	] as const;
	for (const key of optional) {
		if (metadata[key] !== undefined) (patch as Record<string, unknown>)[key] = metadata[key];
	}
	if (metadata.isbn?.length) patch.isbn = metadata.isbn;
	if (metadata.contributors?.length) {
		patch.contributors = metadata.contributors.map(({name, role}) => ({name, role: contributorRole(role)}));
	}
	return patch;
}
