/**
 * The follow card without a browser: the read-aloud switch appears only where the device has a
 * voice for the language, is off by default, and reads each new step in that voice; nothing
 * breaks where there is no speech at all.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { loadEmbeddedData } from '../../src/data';
import { createSession, withFix, type FollowSession } from '../../src/domain/follow/session';
import type { DirectionStep } from '../../src/domain/network/directions';
import { meters, type LngLat } from '../../src/domain/types';
import { createI18n } from '../../src/i18n';
import { createAppStore, StoreContext } from '../../src/store';
import { AnnouncerProvider } from '../../src/ui/announcer';
import FollowCard from '../../src/ui/follow/FollowCard';
import { FollowStart } from '../../src/ui/follow/FollowStart';

const A: LngLat = [99.0, 18.79];
const B: LngLat = [99.0, 18.792];
const step = (text: string, distance: number, at: LngLat): DirectionStep =>
  ({ kind: 'walk', turn: null, text, distance: meters(distance), bearing: 0, at, edgeIds: [] }) as DirectionStep;

function session(): FollowSession {
  const stop = { id: 'warorot-market', name: { th: 'ตลาดวโรรส', en: 'Warorot Market' }, point: A, site: 'warorot-market' };
  const steps = (lang: string) => [step(`${lang}: north 100 m`, 100, A), step(`${lang}: on to the gate`, 122, [99.0, 18.791])];
  return createSession({
    kind: 'walk',
    stops: [stop, { ...stop, id: 'tha-phae-gate', name: { th: 'ประตูท่าแพ', en: 'Tha Phae Gate' }, point: B }],
    targets: [null, null],
    profile: 'shortest',
    legs: [{ line: [A, B], steps: { th: steps('th'), en: steps('en') } }],
  });
}

function renderCard(locale: 'th' | 'en') {
  const store = createAppStore({ data: loadEmbeddedData(), locale });
  store.setState({ follow: withFix(session(), { point: A, accuracy: meters(5), time: 0 }) });
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <StoreContext.Provider value={store}>
        <AnnouncerProvider>
          <FollowCard />
        </AnnouncerProvider>
      </StoreContext.Provider>
    </I18nextProvider>,
  );
  return store;
}

/** A speech engine with the given voices, recording what it is asked to say. */
function fakeSpeech(langs: string[]) {
  const said: { text: string; lang: string }[] = [];
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => langs.map((lang) => ({ lang, name: lang }) as SpeechSynthesisVoice),
    cancel: vi.fn(),
    speak: vi.fn((u: { text: string; lang: string }) => said.push({ text: u.text, lang: u.lang })),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      constructor(public text: string) {}
    },
  );
  return said;
}

afterEach(() => vi.unstubAllGlobals());

describe('reading the steps aloud', () => {
  it('is offered where a Thai voice exists, off by default, and then reads each new step in Thai', () => {
    const said = fakeSpeech(['th-TH', 'en-GB']);
    const store = renderCard('th');
    expect(screen.getByTestId('follow-now').textContent).toContain('th: north 100 m');
    const toggle = screen.getByRole('checkbox', { name: 'อ่านออกเสียงคำแนะนำการเดิน' });
    expect(toggle).not.toBeChecked();
    expect(said).toEqual([]);
    fireEvent.click(toggle);
    expect(said).toEqual([{ text: 'th: north 100 m', lang: 'th-TH' }]);
    act(() => store.setState((s) => ({ follow: withFix(s.follow!, { point: [99.0, 18.7911], accuracy: meters(5), time: 1000 }) })));
    expect(said.at(-1)).toEqual({ text: 'th: on to the gate', lang: 'th-TH' });
  });

  it('is not offered without a voice for the language, nor without speech at all, and the card still works', () => {
    fakeSpeech(['en-GB']);
    renderCard('th');
    expect(screen.queryByRole('checkbox')).toBeNull();
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', undefined);
    renderCard('en');
    expect(screen.getAllByTestId('follow-now').at(-1)!.textContent).toContain('en: north 100 m');
    expect(screen.queryByRole('checkbox', { name: 'Read the steps aloud' })).toBeNull();
  });
});

describe('starting to follow', () => {
  it('says why when the route cannot be followed, instead of a button that does nothing', () => {
    const store = createAppStore({ data: loadEmbeddedData(), locale: 'en' });
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <StoreContext.Provider value={store}>
          <FollowStart start={() => false} />
        </StoreContext.Provider>
      </I18nextProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start following' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This route cannot be followed');
  });
});
