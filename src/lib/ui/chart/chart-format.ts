// How the charts write numbers: grouped digits in the reader's language, and axis ticks shortened
// (20万, 1.5億) once the values are large enough to crowd the axis.
import type { Locale } from '$lib/i18n/translate';
import type { ChartSeries } from './chart-scale';

const INTL_LOCALE: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };
/** From here on, ticks read as 10万 rather than 100,000. */
const COMPACT_FROM = 100_000;

export function chartNumberFormats(locale: Locale, series: readonly ChartSeries[]): { value: (n: number) => string; tick: (n: number) => string } {
	const plain = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 });
	const largest = Math.max(0, ...series.flatMap((one) => one.values.filter(Number.isFinite)));
	const compact = new Intl.NumberFormat(INTL_LOCALE[locale], { notation: 'compact', maximumFractionDigits: 1 });
	return { value: (n) => plain.format(n), tick: (n) => (largest >= COMPACT_FROM ? compact : plain).format(n) };
}
