// A baby's growth: the Japanese weight reference and weight gain between visits. Hints, never diagnoses.
//
// Glossary: 乳幼児身体発育調査 ... weight reference;  パーセンタイル ... percentile / centile band;
//           1日体重増加量 ... gainPerDay;  生理的体重減少 ... physiological loss.

export * from './weight-reference.ts';
export * from './weight-gain.ts';
