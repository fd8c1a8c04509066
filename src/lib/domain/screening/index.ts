// The scoring rules for the three questionnaires: the single authority on how an answer scores.
//
// Glossary: エジンバラ産後うつ病自己評価票 (EPDS) ... epds;  赤ちゃんへの気持ち質問票 ... bonding;
//           育児支援チェックリスト ... checklist;  陽性 (at or above the cutoff) ... positive.

export * from './bilingual.ts';
export * from './epds.ts';
export * from './bonding.ts';
export * from './checklist.ts';
