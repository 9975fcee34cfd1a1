import { describe, expect, it, vi } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { createAppStore } from '../../src/store';

const store = () => createAppStore({ data: loadEmbeddedData(), locale: 'en' });

describe('a map click while picking (the pick table)', () => {
  it('picking the start sets it at the point clicked and ends picking', () => {
    const s = store();
    s.getState().setPicking('origin');
    s.getState().pickAt([98.99, 18.79]);
    expect(s.getState().origin).toEqual({ kind: 'point', point: [98.99, 18.79] });
    expect(s.getState().picking).toBeNull();
  });

  it('placing what-if sites adds one per click and goes on picking', () => {
    const s = store();
    s.getState().setPicking('candidate');
    s.getState().pickAt([98.99, 18.79]);
    s.getState().pickAt([98.995, 18.792]);
    expect(s.getState().candidates.map((c) => c.point)).toEqual([[98.99, 18.79], [98.995, 18.792]]);
    expect(s.getState().picking).toBe('candidate');
    expect(s.getState().origin).toBeNull();
  });

  it('a click when nothing is being picked changes nothing', () => {
    const s = store();
    s.getState().pickAt([98.99, 18.79]);
    expect(s.getState().origin).toBeNull();
    expect(s.getState().candidates).toEqual([]);
  });
});

describe('printing: the map picture round trip, run by the store', () => {
  /** A camera whose pictures arrive when the test says. */
  const slowCamera = () => {
    const pending: { resolve: (url: string) => void; reject: (e: Error) => void }[] = [];
    const camera = { picture: () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })) };
    return { camera, pending };
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('takes the picture, then is ready with it', async () => {
    const s = store();
    const { camera, pending } = slowCamera();
    s.getState().setMapCamera(camera);
    s.getState().requestPrint();
    expect(s.getState().print).toEqual({ status: 'preparing', image: null });
    pending[0]!.resolve('data:image/png;base64,AAAA');
    await settle();
    expect(s.getState().print).toEqual({ status: 'ready', image: 'data:image/png;base64,AAAA' });
  });

  it('without a map, or when the picture fails, it is ready without one', async () => {
    const s = store();
    s.getState().requestPrint();
    await settle();
    expect(s.getState().print).toEqual({ status: 'ready', image: null });
    s.getState().endPrint();
    const { camera, pending } = slowCamera();
    s.getState().setMapCamera(camera);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    s.getState().requestPrint();
    pending[0]!.reject(new Error('context lost'));
    await settle();
    expect(s.getState().print).toEqual({ status: 'ready', image: null });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('drops a picture that arrives after printing ended, or for an earlier request', async () => {
    const s = store();
    const { camera, pending } = slowCamera();
    s.getState().setMapCamera(camera);
    s.getState().requestPrint();
    s.getState().endPrint();
    pending[0]!.resolve('data:old');
    await settle();
    expect(s.getState().print).toEqual({ status: 'idle', image: null });
    s.getState().requestPrint();
    s.getState().endPrint();
    s.getState().requestPrint();
    pending[1]!.resolve('data:earlier');
    await settle();
    expect(s.getState().print.status).toBe('preparing');
    pending[2]!.resolve('data:latest');
    await settle();
    expect(s.getState().print).toEqual({ status: 'ready', image: 'data:latest' });
  });
});
