export declare const sha256: (text: string) => string;
export declare function contentSecurityPolicy(hashes?: {
  scripts?: string[];
  styles?: string[];
}): string;
