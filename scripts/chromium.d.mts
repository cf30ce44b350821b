export declare const chromiumPath: string | undefined;
export declare const chromiumFlags: string[];
export declare const SYSTEM_CHROMIUM: string;
