// English messages for supervision: the review queue, review history, risk alerts and the 支援台帳; keys match ../ja/supervision.ts.
import type { supervision as source } from '../ja/supervision';

export const supervision: Record<keyof typeof source, string> = {
	'supervision.tabs': 'Review and support menu',
	'supervision.tab.queue': 'Reports to review',
	'supervision.tab.alerts': 'Support register',
	'supervision.tab.dashboard': 'Dashboard',
	'supervision.tab.exports': 'Export and print',
	'supervision.denied.title': 'You cannot open this screen',
	'supervision.denied.body':
		'Report review, the support register, the dashboard and exports are for coordinators, supervisors and public health nurses. Ask an administrator if you need access.',
	'supervision.denied.home': 'Back to Today'
};
