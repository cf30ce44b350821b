/** Where the stamp is kept, in the built site's folder. */
export function stampFile(outDir: string): string;
/** The hash of everything the build would read now. */
export function currentStamp(root?: string, env?: NodeJS.ProcessEnv): string;
/** Writes the stamp of the tree as it is now (the build's last step). */
export function writeStamp(outDir: string, root?: string): void;
/** Whether the built site in `outDir` (and the server bundle) was made from the tree as it is. */
export function isUpToDate(outDir: string, serverFile: string, root?: string): boolean;
