// What a visit form needs from the family's file: choices of child and pregnancy, the child's
// earlier weights for weight gain, and the records made with a visit being amended.
import type { ComputeContext } from '$lib/domain/forms/computed';
import type { FormValues, Option } from '$lib/domain/forms/types';
import type { FamilyFile } from '$lib/domain/family-file/family-file';
import type { ScreeningSettings } from '$lib/domain/worklist/types';

function childLabel(child: FamilyFile['children'][number]): string {
	const name = [child.familyName, child.givenName].filter(Boolean).join(' ');
	return name ? `${name}（${child.birthDate}）` : child.birthDate;
}

export function refOptionsOf(file: FamilyFile): { child: Option[]; pregnancy: Option[] } {
	return {
		child: file.children.map((child) => ({ value: child._id, label: { ja: `${childLabel(child)} 生まれ`, en: `born ${childLabel(child)}` } })),
		pregnancy: file.pregnancies.map((pregnancy) => ({
			value: pregnancy._id,
			label: { ja: `出産予定日 ${pregnancy.expectedDueDate}`, en: `due ${pregnancy.expectedDueDate}` }
		}))
	};
}

/** Preset values for a new visit: today, and the child or pregnancy when there is only one. */
export function presetValues(file: FamilyFile, today: string): FormValues {
	const preset: FormValues = { visitDate: today };
	if (file.children.length === 1) preset['childId'] = file.children[0]!._id;
	const ongoing = file.pregnancies.filter((pregnancy) => pregnancy.status === 'ongoing');
	if (ongoing.length === 1) preset['pregnancyId'] = ongoing[0]!._id;
	return preset;
}

/** The chosen child's birth and latest weight before the visit date, leaving out the visit itself. */
export function computeContextOf(file: FamilyFile, values: FormValues, settings: ScreeningSettings, visitId: string): ComputeContext {
	const childId = typeof values['childId'] === 'string' ? values['childId'] : '';
	const child = file.children.find((candidate) => candidate._id === childId) ?? (file.children.length === 1 ? file.children[0] : undefined);
	if (!child) return { settings };
	const visitDate = typeof values['visitDate'] === 'string' ? values['visitDate'] : '';
	const weights = file.visits
		.filter((visit) => visit._id !== visitId && visit.kind !== 'companion' && visit.kind !== 'pregnancy-interview')
		.filter((visit) => (visit.childId ?? child._id) === child._id && visit.visitDate < visitDate)
		.flatMap((visit) => {
			const grams = visit.kind === 'postpartum-care' || visit.kind === 'universal' ? visit.baby?.exam?.weightG : undefined;
			return grams === undefined ? [] : [{ date: visit.visitDate, grams }];
		})
		.sort((a, b) => (a.date < b.date ? -1 : 1));
	const lastWeight = weights.at(-1);
	return { settings, child: { birthDate: child.birthDate, birthWeightG: child.birthWeightG, ...(lastWeight ? { lastWeight } : {}) } };
}
