// Turning stored answers (0-based option positions, gaps for items left blank) into item scores,
// shared by the ten-item questionnaires.

/** A 4-option item's score from its keying: `forward` scores the first option 0, otherwise 3. */
export function keyedScore(forward: boolean, position: number): number {
	if (!Number.isInteger(position) || position < 0 || position > 3) throw new RangeError(`an option position is 0–3, not ${position}`);
	return forward ? position : 3 - position;
}

export type ItemScores = {
	/** each item's score in item order; undefined where the item was not answered */
	scores: (number | undefined)[];
	total: number;
	answered: number;
	complete: boolean;
};

/** Scores `answers` with `itemScore(itemNumber, position)`; a missing, undefined or null answer is a blank item. */
export function scoreItems(
	answers: readonly (number | undefined | null)[],
	itemCount: number,
	itemScore: (itemNumber: number, position: number) => number
): ItemScores {
	if (answers.length > itemCount) throw new RangeError(`expected at most ${itemCount} answers, got ${answers.length}`);
	const scores = Array.from({ length: itemCount }, (_, i) => {
		const position = answers[i];
		return position === undefined || position === null ? undefined : itemScore(i + 1, position);
	});
	const given = scores.filter((score) => score !== undefined);
	return {
		scores,
		total: given.reduce((sum, score) => sum + score, 0),
		answered: given.length,
		complete: given.length === itemCount
	};
}
