// Which child a visit is about: by its childId, or, when it names none, the family's only child.

import type { ChildRecord, VisitRecord } from '../records/index.ts';
import type { FamilyFile } from './family-file.ts';

/** Children still followed (a closed child record is history). */
export function activeChildren(file: FamilyFile): ChildRecord[] {
	return file.children.filter((child) => child.status !== 'closed');
}

/**
 * Whether `visit` is about `child`. A visit without a childId is taken to be about the only active
 * child; with several children it is about none of them, since guessing could mix up siblings.
 */
export function visitIsForChild(visit: VisitRecord, child: ChildRecord, active: readonly ChildRecord[]): boolean {
	if (visit.childId !== undefined) return visit.childId === child._id;
	return active.length === 1 && active[0]?._id === child._id;
}
