/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateData } from './src/data/validate.ts';

/** Lets `data/*.geojson` be imported like JSON, so the data ships inside the app (offline). */
function geojson(): Plugin {
  return {
    name: 'maekha-geojson',
    transform(code, id) {
      if (!id.endsWith('.geojson')) return null;
      return { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null };
    },
  };
}

/**
 * `virtual:embedded-data`: the data files, validated here against the schemas (`validateData`), so
 * the app gets the checked features (and the skipped ones with their reasons) without shipping zod
 * at start-up. The dev server and vitest run the same plugin; editing a data file reloads it.
 */
function embeddedData(): Plugin {
  const id = 'virtual:embedded-data';
  const files = { sites: 'sites.geojson', waterways: 'waterways.geojson', unmapped: 'unmapped-waterways.json', walks: 'walks.json' };
  const path = (file: string) => fileURLToPath(new URL(`./data/${file}`, import.meta.url));
  return {
    name: 'maekha-embedded-data',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const read = (file: string): unknown => {
        this.addWatchFile(path(file));
        return JSON.parse(readFileSync(path(file), 'utf8'));
      };
      const data = validateData({
        sites: read(files.sites),
        waterways: read(files.waterways),
        unmapped: read(files.unmapped),
        walks: read(files.walks),
      });
      // A string parsed at run time: JSON.parse is faster than an object literal, and each call
      // of loadEmbeddedData() gets its own copy.
      return `export const json = ${JSON.stringify(JSON.stringify(data))};`;
    },
  };
}

/**
 * An installable PWA: the service worker precaches the app, its embedded data, the fonts and the
 * offline map style (all inside the build), so after one visit the app, routing included, works
 * with the network off. A new version waits for the user's consent (`registerType: 'prompt'`).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'แผนที่การเรียนรู้คลองแม่ข่า · Mae Kha Learning Map',
    short_name: 'แม่ข่า Mae Kha',
    description: 'แผนที่การเรียนรู้ริมคลองแม่ข่า เชียงใหม่ · A learning map of the Mae Kha canal, Chiang Mai',
    lang: 'th',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f6c',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,webmanifest}'],
    // MapLibre's bundle is over Workbox's 2 MiB default.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first install takes control at once (so the first visit is enough to go offline);
    // later versions still wait for the user's consent.
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [react(), geojson(), embeddedData(), pwa],
  base: './',
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
