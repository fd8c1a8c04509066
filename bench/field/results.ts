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
