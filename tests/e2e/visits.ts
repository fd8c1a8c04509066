// The visit screens as a worker uses them: add a child, start a visit, answer a questionnaire.
import { expect, type Page } from '@playwright/test';

/** Registers a child on the open family page. */
export async function addChild(page: Page, child: { birthDate: string; birthWeightG: string; gestationalWeeks: string; sex?: string }): Promise<void> {
	await page.getByRole('link', { name: '子を登録' }).click();
	await page.getByLabel('性別').selectOption({ label: child.sex ?? '女児' });
	await page.getByLabel('生年月日').fill(child.birthDate);
	await page.getByRole('textbox', { name: '出生体重', exact: true }).fill(child.birthWeightG);
	await page.getByRole('textbox', { name: '在胎週数', exact: true }).fill(child.gestationalWeeks);
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('link', { name: '子を登録' })).toBeVisible();
}

export async function startVisit(page: Page, kind: '産後ケア訪問' | '全戸訪問' | '妊娠届出時面談' | '寄り添い支援訪問'): Promise<void> {
	await page.getByRole('region', { name: '訪問を記録する' }).getByRole('link', { name: kind }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(kind);
}

/** Answers EPDS item `item` (1–10) with the option at `position` (0 = first as printed). */
export async function answerEpds(page: Page, item: number, position: number): Promise<void> {
	const group = page.getByRole('region', { name: /EPDS/ }).getByRole('group', { name: new RegExp(`^${item}\\.`) });
	await group.getByRole('radio').nth(position).check();
}

/** Waits until the newest change is durable on the device (the form says so). */
export async function draftSaved(page: Page): Promise<void> {
	await expect(page.getByTestId('draft-state')).toHaveAttribute('data-state', 'saved');
}

/** Item scores 1,1,2,1,1,2,1,1,0,2 (total 12, item 10 scoring 2) as option positions: items 3 and 5–10 are reversed. */
export const EPDS_12_WITH_ITEM_10 = [1, 1, 1, 1, 2, 1, 2, 2, 3, 1];
