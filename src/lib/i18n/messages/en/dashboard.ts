// English messages for the supervisor's dashboard and the CSV exports; keys match ../ja/dashboard.ts.
import type { dashboard as source } from '../ja/dashboard';

export const dashboard: Record<keyof typeof source, string> = {
};
