/** Types for the analyzer's configuration, as the manifest's test imports it. */
export declare const publicOnly: { name: string };
declare const config: { globs: string[]; outdir: string; plugins: unknown[] };
export default config;
