// The live figures a form shows as the worker fills it: questionnaire scores against their
// cutoffs, checklist risk answers, and the baby's weight gain per day since the last weight.
import { daysBetween } from '../calendar.ts';
import { assessWeightGain, weightGainPerDay } from '../growth/weight-gain.ts';
import { bondingOutcome, checklistRisks, epdsOutcome, scoreBonding, scoreEpds } from '../screening/index.ts';
import type { ScreeningSettings } from '../worklist/types.ts';
import { checklistAnswers, questionnaireAnswers } from './build.ts';
import { parseNumber } from './checks.ts';
import type { FormValues, VisitFormDefinition } from './types.ts';

/** What the form knows beyond its own values: the child's last weight and birth, the cutoffs. */
export interface ComputeContext {
	settings: ScreeningSettings;
	/** the child the visit is about, for weight gain: birth and the latest earlier weight */
	child?: { birthDate: string; birthWeightG: number; lastWeight?: { date: string; grams: number } };
}

export type ComputedFigure =
	| { kind: 'epds'; answered: number; total: number; cutoff: number; positive: boolean; selfHarm: boolean; complete: boolean }
	| { kind: 'bonding'; answered: number; total: number; threshold: number; positive: boolean; complete: boolean }
	| { kind: 'checklist'; answered: number; risks: string[] }
	| {
			kind: 'weight-gain';
			/** the weight it is compared with */
			since: { date: string; grams: number };
			days: number;
			gainPerDay: number;
			status: ReturnType<typeof assessWeightGain>['status'];
			band?: { low: number; high: number };
	  }
	| { kind: 'none' };

export function computeEpds(values: FormValues, definition: VisitFormDefinition, settings: ScreeningSettings): ComputedFigure {
	const answers = questionnaireAnswers('epds', values);
	const score = scoreEpds(answers);
	const outcome = epdsOutcome(score, definition.screeningContext, settings.epdsCutoffs);
	return { kind: 'epds', answered: score.answered, total: score.total, cutoff: outcome.cutoff, positive: outcome.positive, selfHarm: outcome.selfHarm, complete: score.complete };
}

export function computeBonding(values: FormValues, settings: ScreeningSettings): ComputedFigure {
	const score = scoreBonding(questionnaireAnswers('bonding', values));
	const outcome = bondingOutcome(score.total, settings.bondingThreshold);
	return { kind: 'bonding', answered: score.answered, total: score.total, threshold: outcome.threshold, positive: outcome.positive, complete: score.complete };
}

/** Weight gain per day from the last weight (or birth) to the weight typed on this visit. */
export function computeWeightGain(values: FormValues, context: ComputeContext): ComputedFigure {
	const grams = parseNumber(String(values['baby.exam.weightG'] ?? ''));
	const date = String(values['visitDate'] ?? '');
	const child = context.child;
	if (grams === undefined || !child || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { kind: 'none' };
	const since = child.lastWeight && child.lastWeight.date < date ? child.lastWeight : { date: child.birthDate, grams: child.birthWeightG };
	const gainPerDay = weightGainPerDay(since, { date, grams });
	if (gainPerDay === undefined) return { kind: 'none' };
	const assessment = assessWeightGain(gainPerDay, daysBetween(child.birthDate, date));
	return {
		kind: 'weight-gain',
		since,
		days: daysBetween(since.date, date),
		gainPerDay,
		status: assessment.status,
		...(assessment.band ? { band: { low: assessment.band.low, high: assessment.band.high } } : {})
	};
}

export function computeFigure(kind: string, values: FormValues, definition: VisitFormDefinition, context: ComputeContext): ComputedFigure {
	switch (kind) {
		case 'epds-score':
			return computeEpds(values, definition, context.settings);
		case 'bonding-score':
			return computeBonding(values, context.settings);
		case 'checklist-risks': {
			const answers = checklistAnswers(values);
			return { kind: 'checklist', answered: answers.length, risks: checklistRisks(answers) };
		}
		case 'weight-gain':
			return computeWeightGain(values, context);
		default:
			return { kind: 'none' };
	}
}
