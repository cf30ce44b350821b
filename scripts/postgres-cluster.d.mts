export declare function findPostgresBin(): string | undefined;
export declare function startPostgresCluster(options?: {
  fromPort?: number;
  toPort?: number;
  fast?: boolean;
}): Promise<{ url: string; port: number; stop: () => void } | undefined>;
