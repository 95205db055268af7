/** The production server's Node flags from package.json's `start` script (the V8 heap cap). */
export function serverNodeArgs(root: string): string[];
