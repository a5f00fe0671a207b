/** Types of chromium-flags.mjs, for the TypeScript browser tests. */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
