import {useId, useState} from 'preact/hooks';
import browser, {type Bookmarks, type Manifest} from 'webextension-polyfill';
import {type ImportResult, Problems, parseBookmarkTree} from '../formats/index.ts';
import {AppError} from '../core/errors.ts';
import {errorMessage, t} from '../ui/i18n.ts';

const BOOKMARKS: {permissions: Manifest.OptionalPermission[]} = {permissions: ['bookmarks']};

type Folder = {id: string; path: string};

/** Every folder of the tree as a path ("Bookmarks bar / Reading / Books"), depth first. */
function foldersOf(nodes: Bookmarks.BookmarkTreeNode[], parent = ''): Folder[] {
	return nodes.flatMap(node => {
		if (node.url !== undefined) return [];
		const path = node.title ? (parent ? `${parent} / ${node.title}` : node.title) : parent;
		const own = node.title ? [{id: node.id, path}] : [];
		return [...own, ...foldersOf(node.children ?? [], path)];
	});
}

export type BookmarksImportProps = {
	/** A folder's bookmarks, parsed, for the shared preview. */
	onRecords(name: string, result: ImportResult): void;
	onError(message: string): void;
};

/** The browser's own bookmarks: asks for the optional permission from the click, then a folder to import. */
export function BookmarksImport({onRecords, onError}: BookmarksImportProps) {
	const id = useId();
	const [folders, setFolders] = useState<Folder[]>();
	const [chosen, setChosen] = useState('');
	const load = async () => {
		const tree = await browser.bookmarks.getTree();
		const found = foldersOf(tree);
		setFolders(found);
		setChosen(found[0]?.id ?? '');
	};
	// The prompt must come straight from the click: browsers refuse permission requests after an await.
	const ask = () => browser.permissions.request(BOOKMARKS).then(granted => {
		if (!granted) throw new AppError('PERMISSION_DENIED', 'bookmarks');
		return load();
	}).catch((error: unknown) => onError(errorMessage(error)));
	const preview = async () => {
		const folder = folders?.find(candidate => candidate.id === chosen);
		if (!folder) return;
		try {
			const problems = new Problems();
			const records = parseBookmarkTree(await browser.bookmarks.getSubTree(folder.id), problems);
			onRecords(folder.path, {format: 'browser-bookmarks', records, problems: problems.list});
		} catch (error) {
			onError(errorMessage(error));
		}
	};
	return (
		<div class="bookmarks-import">
			<h3>{t('ieBookmarksHeading')}</h3>
			{!folders && <button type="button" onClick={ask}>{t('ieBookmarksButton')}</button>}
			{folders && <>
				<div class="field">
					<label for={`${id}-folder`}>{t('ieBookmarksFolder')}</label>
					<select id={`${id}-folder`} name="folder" value={chosen} onChange={e => setChosen(e.currentTarget.value)}>
						{folders.map(folder => <option key={folder.id} value={folder.id}>{folder.path}</option>)}
					</select>
				</div>
				<button type="button" onClick={() => void preview()}>{t('ieBookmarksPreview')}</button>
			</>}
		</div>
	);
}
