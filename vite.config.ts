/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), geojson()],
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
