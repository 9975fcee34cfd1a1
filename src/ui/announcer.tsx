import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** How many recent messages the region keeps: enough for two in one tick ("Added …", then "Route updated …"). */
const KEEP = 3;

type Message = { id: number; text: string };

const AnnounceContext = createContext<(text: string) => void>(() => undefined);

/**
 * One polite live region for the whole app, mounted from the start and never hidden: a region
 * inserted together with its text is often not read
 * (https://developer.mozilla.org/en-US/docs/Web/Accessibility/ARIA/ARIA_Live_Regions).
 * Each message is a new node, so the same words said twice are read twice, and a message said in
 * the same tick as another does not replace it.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const next = useRef(0);
  const announce = useCallback((text: string) => {
    const id = next.current++;
    setMessages((m) => [...m.slice(1 - KEEP), { id, text }]);
  }, []);
  return (
    <AnnounceContext value={announce}>
      {children}
      <div className="visually-hidden" aria-live="polite" data-testid="announcer">
        {messages.map((m) => (
          <p key={m.id}>{m.text}</p>
        ))}
      </div>
    </AnnounceContext>
  );
}

/**
 * Says a short message to screen readers, politely, in the words given (already translated).
 * @example const announce = useAnnounce(); announce(t('walk.added', { name }))
 */
export const useAnnounce = () => useContext(AnnounceContext);

/**
 * Announces `text` whenever `key` changes after the first render (not on mount: opening a tab is
 * not news). The key says what changed, in no language, so switching language re-announces nothing.
 * @example useAnnounceChange(route ? `${route.distance}` : null, t('walk.routeUpdated', { … }))
 */
export function useAnnounceChange(key: string | null, text: string | null): void {
  const announce = useAnnounce();
  const last = useRef(key);
  useEffect(() => {
    if (key === last.current) return;
    last.current = key;
    if (key !== null && text) announce(text);
  }, [key, text, announce]);
}
