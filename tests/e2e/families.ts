// The family screens as a worker uses them: register, open, edit.
import { expect, type Page } from '@playwright/test';
import { nav } from './shell.ts';

export interface FamilyInput {
	familyName: string;
	givenName?: string;
	familyNameKana?: string;
	givenNameKana?: string;
	phone?: string;
	address?: string;
	district?: string;
}

const labels: Record<keyof FamilyInput, string> = {
	familyName: '氏',
	givenName: '名',
	familyNameKana: '氏（かな）',
	givenNameKana: '名（かな）',
	phone: '電話番号',
	address: '住所',
	district: '地区'
};

export async function fillFamily(page: Page, input: Partial<FamilyInput>): Promise<void> {
	for (const [field, value] of Object.entries(input) as [keyof FamilyInput, string][]) {
		await page.getByRole('textbox', { name: labels[field], exact: true }).fill(value);
	}
}

export async function registerFamily(page: Page, input: FamilyInput): Promise<void> {
	await nav(page).getByRole('link', { name: '家庭' }).click();
	await page.getByRole('link', { name: '家庭を登録' }).click();
	await fillFamily(page, { district: '阪之上', ...input });
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${input.familyName} ${input.givenName ?? ''}`.trim() })).toBeVisible();
}

/** Finds a family through the register's search and opens its page. */
export async function openFamily(page: Page, query: string, name: string): Promise<void> {
	await nav(page).getByRole('link', { name: '家庭' }).click();
	await page.getByRole('searchbox', { name: '家庭を検索' }).fill(query);
	await page.getByRole('link', { name: new RegExp(name) }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

export async function editFamily(page: Page, changes: Partial<FamilyInput>): Promise<void> {
	await page.getByRole('link', { name: '編集' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '家庭の情報を編集' })).toBeVisible();
	await fillFamily(page, changes);
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('link', { name: '編集' })).toBeVisible();
}

export function syncBadge(page: Page) {
	return page.getByRole('main').getByTestId('sync-state').first();
}
