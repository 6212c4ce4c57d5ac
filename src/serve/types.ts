// The shapes the preview server depends on. The builder is described structurally (the same
// contract as `src/site/build.ts`'s `Builder`) so the server never imports the site engine and
// tests can hand it a fake one.

/** What the server needs from a finished build. */
export interface BuildOutcome {
  /** The folder the site was written to. */
  destination?: string;
  /** Output files written (absolute, or relative to the destination). */
  written: string[];
  /** Output files removed. */
  removed?: string[];
  warnings?: string[];
}

/** The site builder contract (`createBuilder()` in src/site/build.ts). */
export interface SiteBuilder {
  build(): Promise<BuildOutcome>;
  rebuild(changedAbsPaths: string[]): Promise<BuildOutcome>;
  readonly config: BuilderConfig;
  close(): void;
}

/** The few configuration keys the server reads. */
export interface BuilderConfig {
  source?: string;
  destination?: string;
  baseurl?: string;
  exclude?: string[];
  port?: number | string;
  host?: string;
  livereload?: boolean;
  [key: string]: unknown;
}
