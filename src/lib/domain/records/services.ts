// Nagaoka's support services and the other places a visitor can refer a family to (DOMAIN.md §1, §5).

export const NAGAOKA_SERVICES = [
	/** 産後デイケアる〜む ままりら — postpartum day care for mothers needing careful support */
	'mamarira',
	/** 産後デイケアる〜む ままナビ — learning baby care at a nursery annex */
	'mamanavi',
	/** ままのまカフェ — peer café at 22 sites */
	'mamanoma-cafe',
	/** 産後ケア訪問 — a midwife's postpartum care home visit */
	'postpartum-care-visit',
	/** 産前産後寄り添い支援訪問 — a promoter's companion visits */
	'companion-visit',
	/** 子育ての駅 — indoor parks with child-rearing concierges */
	'child-rearing-station'
] as const;

export const REFERRAL_TARGETS = [
	...NAGAOKA_SERVICES,
	'obstetrics',
	'paediatrics',
	'mental-health',
	/** 児童相談所 or the 要保護児童対策地域協議会 */
	'child-welfare',
	'other'
] as const;

export type NagaokaService = (typeof NAGAOKA_SERVICES)[number];
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];
