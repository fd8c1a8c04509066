// Text shown in both languages: Japanese for the form as printed, English for staff and reviewers.

/** A phrase in Japanese (as printed on the Japanese form) and English (the original or a translation). */
export type Bilingual = { ja: string; en: string };
