// English messages for the printable visit report; keys match ../ja/print.ts.
import type { print as source } from '../ja/print';

export const print: Record<keyof typeof source, string> = {
};
