/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
declare module '*.geojson' {
  const value: unknown;
  export default value;
}
/** The embedded data, validated at build time (vite.config.ts `embeddedData`): a `Dataset` as JSON. */
declare module 'virtual:embedded-data' {
  export const json: string;
  /** A hash of the files in data/: the version a report or an export cites. */
  export const version: string;
}
declare module '*.geojson?url' {
  const url: string;
  export default url;
}
