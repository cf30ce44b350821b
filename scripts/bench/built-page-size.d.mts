export interface BuiltPageFile {
  readonly path: string;
  readonly bytes: number;
}

export interface BuiltPageSize {
  readonly bytes: number;
  readonly files: readonly BuiltPageFile[];
}

/** A built page's HTML and the scripts it names (with their static imports), gzip bytes, from dist/. */
export function builtPageSize(dist: string, htmlFile: string, base?: string): BuiltPageSize;
