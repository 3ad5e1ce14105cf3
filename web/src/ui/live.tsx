import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so screen readers announce what appears
 * in it. Each new message replaces the previous one (and is announced even if the text repeats).
 * The message itself can take focus (`id`), for when an action should land the keyboard there.
 * A div with role="status" rather than <output>, which may only hold phrasing content.
 */
export function LiveStatus({ message, id }: { message: { text: ReactNode; n: number } | null; id?: string }) {
  return (
    <div role="status" className="live-status">
      {message ? (
        <div key={message.n} id={id} className="status-message" tabIndex={-1}>
          {message.text}
        </div>
      ) : null}
    </div>
  );
}

/** State for a LiveStatus: `say(text)` shows and announces a message, `clear()` removes it. */
export function useLiveStatus() {
  const [message, setMessage] = useState<{ text: ReactNode; n: number } | null>(null);
  const say = useCallback((text: ReactNode) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 })), []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, say, clear };
}

/**
 * Moves focus to an element by id once React has rendered it: `focusLater('row-3')` after a
 * state change that creates or reveals that element.
 */
export function useFocusLater() {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  const done = useRef<{ id: string } | null>(null);
  useEffect(() => {
    if (!target || done.current === target) return;
    done.current = target;
    const el = document.getElementById(target.id);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
    }
  });
  return useCallback((id: string) => setTarget({ id }), []);
}
