// What a visit form needs from the family's file: choices of child and pregnancy, the child's
// earlier weights for weight gain, and the records made with a visit being amended.
import type { ComputeContext } from '$lib/domain/forms/computed';
import type { FormValues, Option } from '$lib/domain/forms/types';
import { activeChildren, visitWeights } from '$lib/domain/family-file/children';
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
	const others = file.visits.filter((visit) => visit._id !== visitId);
	// In saved order: of two weights on the latest day, the later-saved one wins, as on the chart.
	const lastWeight = visitWeights(child, others, activeChildren(file))
		.filter((weight) => weight.date < visitDate)
		.reduce<{ date: string; grams: number } | undefined>((latest, weight) => (latest && latest.date > weight.date ? latest : { date: weight.date, grams: weight.grams }), undefined);
	return { settings, child: { birthDate: child.birthDate, birthWeightG: child.birthWeightG, ...(lastWeight ? { lastWeight } : {}) } };
}
