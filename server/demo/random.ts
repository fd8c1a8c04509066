// A small seeded random source for the demo city: the same seed gives the same city.

export interface Random {
	/** uniform in [0, 1) */
	next(): number;
	/** whole number in [min, max] */
	int(min: number, max: number): number;
	/** true with probability p */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** roughly normal, by the sum of uniforms: plenty for birth weights */
	normal(mean: number, sd: number): number;
}

/** mulberry32: tiny, fast and well spread for non-cryptographic use. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new RangeError('pick from an empty list');
			return items[Math.floor(next() * items.length)] as (typeof items)[number];
		},
		normal: (mean, sd) => mean + sd * (next() + next() + next() + next() + next() + next() - 3) * Math.SQRT2
	};
}
