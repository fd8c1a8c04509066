// The alert record: one step a coordinator, supervisor or public health nurse takes on a risk alert
// (acknowledged, assigned, closed with the action taken, reopened). The alert itself is derived
// from records (an EPDS at or above the cutoff, a promoter's concern …); each step is its own
// write-once document, so two people acting on one alert never edit the same document.

import { z } from 'zod';
import { envelopeShape, userName } from './envelope.ts';
import { recordIdPattern } from './record-id.ts';
import { noteText } from './text.ts';

/** The risk flag kinds an alert can be raised from (domain/family-file/risk-flag.ts). */
export const ALERT_KINDS = [
	'epds-positive',
	'epds-self-harm',
	'bonding',
	'checklist',
	'weight-gain-low',
	'risk-judgement',
	'promoter-concern'
] as const;

export const ALERT_ACTIONS = ['acknowledged', 'assigned', 'closed', 'reopened'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

const sourceMessage = 'must be the id of the record the alert was raised from';
const common = {
	...envelopeShape('alert', 1),
	alertKind: z.enum(ALERT_KINDS),
	/** the screening, visit or risk judgement the alert was raised from */
	sourceId: z.string().regex(recordIdPattern(), { error: sourceMessage }).meta({ errorMessage: sourceMessage }),
	note: noteText({ max: 2000 }).optional()
};

export const alertSchema = z.discriminatedUnion('action', [
	z.looseObject({ ...common, action: z.literal('acknowledged') }),
	z.looseObject({ ...common, action: z.literal('assigned'), assignee: userName }),
	// Closing says what was done: the next person reading the file needs it.
	z.looseObject({ ...common, action: z.literal('closed'), actionTaken: noteText({ min: 1, max: 2000 }) }),
	z.looseObject({ ...common, action: z.literal('reopened') })
]);

export type AlertRecord = z.infer<typeof alertSchema>;
