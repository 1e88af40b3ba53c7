// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {afterEach, describe, expect, test} from 'vitest';
import {HarvestPanel} from '../../../src/popup/HarvestPanel.tsx';
import type {HarvestWork} from '../../../src/shared/harvest-protocol.ts';
import {createFakeApi} from '../../fakes/api.ts';

const tab = {id: 3, url: 'https://blog.example/k8s-books', title: 'Kubernetes books'};
const works: HarvestWork[] = [
	{title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman']},
	{title: 'Kubernetes Handbook', kind: 'book', authors: ['Jimmy Song']},
	{title: 'Programming Kubernetes', kind: 'book', authors: ['Michael Hausenblas']},
];

afterEach(cleanup);

async function renderPanel() {
	const api = createFakeApi([], {harvest: works});
	render(<HarvestPanel api={api} view={await api.harvestTab(tab.id, tab)} knownTopics={[]}/>);
	return api;
}

const box = (title: string) => screen.getByRole('checkbox', {name: `Select ${title}`});

describe('the harvest checklist by keyboard', () => {
	test('Up, Down, Home and End move between the rows\' checkboxes; in a field they are the field\'s', async () => {
		await renderPanel();
		box('Cloud Native Go').focus();
		fireEvent.keyDown(document.activeElement!, {key: 'ArrowDown'});
		expect(document.activeElement).toBe(box('Kubernetes Handbook'));
		fireEvent.keyDown(document.activeElement!, {key: 'End'});
		expect(document.activeElement).toBe(box('Programming Kubernetes'));
		fireEvent.keyDown(document.activeElement!, {key: 'ArrowDown'}); // The last row stays
		expect(document.activeElement).toBe(box('Programming Kubernetes'));
		fireEvent.keyDown(document.activeElement!, {key: 'ArrowUp'});
		expect(document.activeElement).toBe(box('Kubernetes Handbook'));
		fireEvent.keyDown(document.activeElement!, {key: 'Home'});
		expect(document.activeElement).toBe(box('Cloud Native Go'));
		const kind = screen.getByRole('combobox', {name: 'Kind of work 1'});
		kind.focus();
		expect(fireEvent.keyDown(kind, {key: 'ArrowDown'})).toBe(true); // Not prevented: the select picks its next kind
		expect(document.activeElement).toBe(kind);
	});

	test('Ctrl+Enter (or Cmd+Enter) saves the ticked works from anywhere in the checklist', async () => {
		const api = await renderPanel();
		fireEvent.click(box('Kubernetes Handbook')); // Left out
		const title = screen.getByRole('textbox', {name: 'Title of work 1'});
		fireEvent.keyDown(title, {key: 'Enter'});
		expect(api.items).toHaveLength(0); // Plain Enter in a field does not save
		fireEvent.keyDown(title, {key: 'Enter', metaKey: true});
		await screen.findByText('Saved: 2 new, 0 merged.');
		expect(api.items.map(item => item.title).sort()).toEqual(['Cloud Native Go', 'Programming Kubernetes']);
	});

	test('Ctrl+Enter in the topic field saves the topic typed there too, added or not', async () => {
		const api = await renderPanel();
		const topics = screen.getByRole('combobox', {name: 'Topics for the selected works'});
		topics.focus();
		fireEvent.input(topics, {target: {value: 'kubernetes'}});
		fireEvent.keyDown(topics, {key: 'Enter', ctrlKey: true});
		await screen.findByText('Saved: 3 new, 0 merged.');
		expect(api.items.map(item => item.topics)).toEqual([['kubernetes'], ['kubernetes'], ['kubernetes']]);
	});
});
