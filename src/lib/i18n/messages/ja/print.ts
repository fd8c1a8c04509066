// Japanese messages for the printable visit report; spread into ../ja.ts.
export const print = {
} as const;
