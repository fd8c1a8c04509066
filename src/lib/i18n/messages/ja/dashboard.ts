// Japanese messages for the supervisor's dashboard and the CSV exports; spread into ../ja.ts.
export const dashboard = {
} as const;
