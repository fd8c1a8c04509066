import type { LaunchOptions } from '@playwright/test';

export function chromiumExecutable(): string | undefined;
export function chromiumLaunchOptions(): LaunchOptions;
