import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { resetNetworkClient } from '../src/store/network-client';

// findBy*/waitFor wait this long (the library's default is 1 s): the real network takes seconds to
// build on a busy shared machine, and a wait that only holds on an idle one is a broken test.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  resetNetworkClient();
});

// jsdom lacks ResizeObserver, which the map panel uses to keep the map sized.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// The app fetches its data files by URL (data/network.geojson and the map's context layers); in
// jsdom those URLs are `/data/<file>`: serve them from the repository, and fail anything else.
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const file = /\/data\/([\w.-]+\.geojson)(?:\?.*)?$/.exec(url)?.[1];
  if (file) return new Response(readFileSync(join(process.cwd(), 'data', file), 'utf8'), { status: 200 });
  if (/^https?:\/\//.test(url)) return realFetch(input, init);
  return new Response('not found', { status: 404 });
}) as typeof fetch;

// jsdom has <dialog> but not its methods (https://github.com/jsdom/jsdom/issues/3294): they only
// open and close it here. A modal dialog's focus handling (Tab wraps, Escape closes, focus returns)
// is the app's own code (src/ui/use-modal-dialog.ts), so the tests exercise it.
// Node-environment test files have no DOM at all.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
