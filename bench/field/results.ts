// What the field benchmark's page reports back to Node (kept free of imports: both sides read it).

export interface SeedReport {
	families: number;
	visits: number;
	rows: number;
	ms: number;
}

export interface FieldTimings {
	open: number[];
	/** of each open, the time spent computing summaries rather than reading IndexedDB */
	openSummarize: number[];
	/** opening over the same city with every row sealed */
	sealedOpen: number[];
	search: number[];
	searchMatches: number[];
	worklist: number[];
	worklistItems: number[];
	autosave: number[];
	/** the same saves into the same database with a data key: values sealed */
	sealedAutosave: number[];
	baselinePut: number[];
	indexed: { families: number };
}

export interface DashboardTimings {
	/** dashboardFigures over every family on the device */
	compute: number[];
	/** a plain loop over the same facts counting the period's visits */
	baseline: number[];
	/** figures counted and the dashboard mounted, its charts in the DOM */
	dom: number[];
	/** the same, until the frame that shows them has been drawn */
	painted: number[];
	charts: number;
	families: number;
	visits: number;
	visitsInPeriod: number;
	figures: { visits: number; workers: number; babies: number; openAlerts: number };
}
