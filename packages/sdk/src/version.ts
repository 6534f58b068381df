// The SDK's version, put in at build time by tsup (and by vitest) from package.json, so the
// User-Agent and SDK_VERSION can never disagree with the published package. Run straight from
// source by tsx (bench/) there is no build step: it reports 0.0.0-source.
declare const __ANZHI_SDK_VERSION__: string | undefined;

export const SDK_VERSION: string = typeof __ANZHI_SDK_VERSION__ === "string" ? __ANZHI_SDK_VERSION__ : "0.0.0-source";
