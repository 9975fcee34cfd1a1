/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
declare module '*.geojson' {
  const value: unknown;
  export default value;
}
