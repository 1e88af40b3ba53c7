// @vitest-environment jsdom
import {cleanup, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import {OptionsApp} from '../../../src/options/OptionsApp.tsx';
import {hashTarget} from '../../../src/options/use-hash-target.ts';
import {books, fakeApi, renderWithApi} from './render.tsx';

afterEach(() => {
	cleanup();
	location.hash = '';
});

const rowTitles = () => screen.queryAllByRole('row').slice(1).map(row => row.querySelector('.title')?.textContent);
const editedTitle = async () => {
	const editor = await screen.findByRole('complementary', {name: 'Edit item'});
	return (within(editor).getByRole('textbox', {name: 'Title'}) as HTMLTextAreaElement).value;
};

describe('the options page opens on what its hash names (the address bar keyword, issue 18)', () => {
	it('reads #item=, #search= and nothing else', () => {
		expect(hashTarget('#item=a%2Fb')).toEqual({item: 'a/b'});
		expect(hashTarget(`#search=${encodeURIComponent('深入 剖析')}`)).toEqual({search: '深入 剖析'});
		expect(hashTarget('#sync')).toBeUndefined();
		expect(hashTarget('#search=%E0%A4%A')).toBeUndefined(); // A broken escape opens the plain list, no exception
	});

	it('#search=TEXT opens the list searched for that text', async () => {
		location.hash = `#search=${encodeURIComponent('剖析')}`;
		renderWithApi(<OptionsApp/>, fakeApi(books));
		await waitFor(() => expect(rowTitles()).toEqual(['深入剖析 Kubernetes']));
		expect((screen.getByRole('searchbox', {name: 'Search'}) as HTMLInputElement).value).toBe('剖析');
	});

	it('a new hash while the page is open opens that work, then that search, without a reload', async () => {
		const api = fakeApi(books);
		renderWithApi(<OptionsApp/>, api);
		await screen.findByRole('row', {name: /Kubernetes in Action/});
		location.hash = `#item=${api.items.find(item => item.title === '趣谈网络协议')!.id}`;
		await waitFor(async () => expect(await editedTitle()).toBe('趣谈网络协议'));
		location.hash = '#search=kleppmann';
		await waitFor(() => expect(rowTitles()).toEqual(['Designing Data-Intensive Applications']));
	});
});
