// Japanese messages for supervision: the review queue, review history, risk alerts and the 支援台帳; spread into ../ja.ts.
export const supervision = {
	'supervision.tabs': '確認・支援のメニュー',
	'supervision.tab.queue': '確認待ちの報告',
	'supervision.tab.alerts': '支援台帳',
	'supervision.tab.dashboard': 'ダッシュボード',
	'supervision.tab.exports': '書き出し・印刷',
	'supervision.denied.title': 'この画面は開けません',
	'supervision.denied.body':
		'報告の確認、支援台帳、ダッシュボード、書き出しは、コーディネーター、統括保健師、保健師だけが使えます。必要な場合は管理者に権限を依頼してください。',
	'supervision.denied.home': '今日の予定に戻る'
} as const;
