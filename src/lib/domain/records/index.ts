// The record shapes of Yorisoi: zod schemas (the single source of truth), inferred types, ids,
// reading with migration, and write rights.
//
// Glossary — one English name per Japanese term, used in code everywhere:
//   家族 / 世帯 (the mother's file) ..... family        妊娠 .......................... pregnancy
//   子 / 児 ............................. child         訪問 .......................... visit
//   妊娠届出時面談 (and later 面談) ...... pregnancy-interview (visit kind)
//   産後ケア訪問 ........................ postpartum-care (visit kind)
//   乳児家庭全戸訪問 / 新生児訪問 ......... universal (visit kind)
//   産前産後寄り添い支援訪問 .............. companion (visit kind)
//   母子保健推進員 ...................... promoter      保健師 ........................ phn (public health nurse)
//   助産師 .............................. midwife       産後ケアコーディネーター ....... coordinator
//   地区 ................................ district      担当チーム (one database) ...... team
//   EPDS (エジンバラ産後うつ病質問票) ..... epds          赤ちゃんへの気持ち質問票 ....... bonding
//   育児支援チェックリスト ............... checklist     産婦健診 (clinic result) ...... clinic (screening source)
//   特定妊婦 ............................ specified-pregnancy (risk category)
//   要支援児童 / 要保護児童 .............. child-needing-support / child-needing-protection
//   要保護児童対策地域協議会 ............. council       ケース会議 .................... case-meeting
//   支援プラン / サポートプラン ........... plan          支援台帳 ...................... register
//   里帰り .............................. stayWithParents
//   母子健康手帳 ........................ handbook      便色カード .................... stoolColour (1–7)
//   子宮復古 / 悪露 ..................... uterineInvolution / lochia
//   ままりら / ままナビ / ままのまカフェ / 子育ての駅 ... mamarira / mamanavi / mamanoma-cafe / child-rearing-station
//   承認 / 差し戻し ..................... approved / returned (review decision, visit status)
//   アラート (対応: 確認・担当・完了) ..... alert (acknowledged / assigned / closed)

export * from './record-types.ts';
export * from './record-id.ts';
export * from './text.ts';
export * from './envelope.ts';
export * from './services.ts';
export * from './risk-indicators.ts';
export * from './stay-with-parents.ts';
export * from './family.ts';
export * from './pregnancy.ts';
export * from './child.ts';
export * from './visit-care.ts';
export * from './visit-interview.ts';
export * from './visit.ts';
export * from './screening.ts';
export * from './risk.ts';
export * from './plan.ts';
export * from './review.ts';
export * from './alert.ts';
export * from './record.ts';
export * from './migrations.ts';
export * from './write-rights.ts';
export * from './record-rules.ts';
