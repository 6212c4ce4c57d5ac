// The shapes every part of `kiln check` shares: a failure (one problem at one place) and the
// report that `runChecks` returns and the reporters print.

export interface CheckFailure {
  /** Path of the page, relative to the checked folder, with forward slashes. */
  file: string;
  /** 1-based line of the element, when known. */
  line?: number;
  /** 1-based column of the element's start tag, when known. */
  column?: number;
  /** html-proofer's check name (`Links`, `Links > Internal`, `Images`…) or `html-validate > rule-id`. */
  check: string;
  /** The message, worded as html-proofer 5 words it. */
  message: string;
  /** The URL involved, when there is one. */
  url?: string;
  /** HTTP status of an external link failure. */
  status?: number;
  /** First line of the element's start tag as written (to find it again in the page's source). */
  snippet?: string;
}

export interface CheckSummary {
  files: number;
  failures: number;
  /** Failures per check name. */
  byCheck: Record<string, number>;
  internalLinks: number;
  externalLinks: number;
  /** External URLs answered from the cache instead of the network. */
  externalFromCache: number;
  /** Pages whose link, image and script results came from the page cache (unchanged since the last run). */
  pagesFromCache: number;
  /** Pages whose html-validate results came from the cache. */
  htmlFromCache: number;
  /** Worker threads started for html-validate (0: in-process only, or everything was cached). */
  htmlWorkers: number;
  /** Pages those worker threads validated; the main thread validated the others. */
  htmlPagesByWorkers: number;
  timingsMs: Record<string, number>;
}

export interface CheckReport {
  /** Absolute path of the checked folder. */
  dir: string;
  failures: CheckFailure[];
  summary: CheckSummary;
}
