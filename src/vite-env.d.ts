/// <reference types="vite/client" />
declare module '*.geojson' {
  const value: unknown;
  export default value;
}
