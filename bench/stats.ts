// Figures a benchmark reports, and how they are summarised.

export interface BenchResult {
	name: string;
	value: number;
	unit: string;
	/** the budget from DESIGN.md, in the same unit; lower is better */
	budget?: number;
	/** the same work done the plain way in the same run */
	baseline?: { name: string; value: number };
	note?: string;
}

export function median(values: number[]): number {
	return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) throw new Error('no values');
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function formatResult(result: BenchResult): string {
	const lines = [`${result.name}: ${result.value.toFixed(1)} ${result.unit}`];
	if (result.budget !== undefined) {
		const within = result.value <= result.budget;
		lines.push(`  budget ${result.budget} ${result.unit}: ${within ? 'within' : 'OVER'} (${((result.value / result.budget) * 100).toFixed(0)} % of budget)`);
	}
	if (result.baseline) {
		lines.push(`  baseline (${result.baseline.name}): ${result.baseline.value.toFixed(1)} ${result.unit}; ratio ${(result.value / result.baseline.value).toFixed(2)}×`);
	}
	if (result.note) lines.push(`  ${result.note}`);
	return lines.join('\n');
}
