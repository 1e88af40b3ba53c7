import {CONTRIBUTOR_ROLES, type Contributor, type ContributorRole} from '../../core/types.ts';
import {t} from '../i18n.ts';

export type ContributorsFieldProps = {
	/** Translators, editors, narrators, instructors and others, in page order. */
	value: Contributor[];
	onChange(contributors: Contributor[]): void;
};

/** One row per contributor: a name and a role, removable; a button adds an empty row. */
export function ContributorsField({value, onChange}: ContributorsFieldProps) {
	const set = (index: number, patch: Partial<Contributor>) =>
		onChange(value.map((contributor, at) => (at === index ? {...contributor, ...patch} : contributor)));
	return (
		<fieldset class="field rows">
			<legend>{t('fieldContributors')}</legend>
			{value.map((contributor, index) => {
				const label = contributor.name || t('contributorName');
				return (
					<div class="row-3" key={index}>
						<input name="contributor-name" aria-label={t('contributorName')} value={contributor.name}
							onInput={e => set(index, {name: e.currentTarget.value})}/>
						<select name="contributor-role" aria-label={t('contributorRole', label)}
							value={contributor.role}
							onChange={e => set(index, {role: e.currentTarget.value as ContributorRole})}>
							{CONTRIBUTOR_ROLES.map(role => <option key={role} value={role}>{t(`role_${role}`)}</option>)}
						</select>
						<button type="button" class="icon" aria-label={t('contributorRemove', label)}
							onClick={() => onChange(value.filter((_, at) => at !== index))}>×</button>
					</div>
				);
			})}
			<button type="button" class="link add" onClick={() => onChange([...value, {name: '', role: 'translator'}])}>
				{t('contributorAdd')}
			</button>
		</fieldset>
	);
}
