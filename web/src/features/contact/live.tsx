import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, browserProblem } from '../../api/client.ts';

/**
 * A polite live region that is always in the page, so a screen reader announces what appears in
 * it. The message can take focus (`focus` in `say`), for when an action should land the
 * keyboard there (after a save, the form's button may be gone or far away).
 */
export function Live({ state }: { state: LiveState }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const { message } = state;
  useEffect(() => {
    if (message?.focus) ref.current?.focus();
  }, [message]);
  return (
    <div role="status" className="live-region">
      {message ? (
        <p key={message.n} ref={ref} className="status-message" tabIndex={-1}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

export interface LiveState {
  message: { text: ReactNode; n: number; focus: boolean } | null;
  say: (text: ReactNode, focus?: boolean) => void;
  clear: () => void;
}

export function useLive(): LiveState {
  const [message, setMessage] = useState<LiveState['message']>(null);
  const say = useCallback((text: ReactNode, focus = false) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1, focus })), []);
  const clear = useCallback(() => setMessage(null), []);
  return { message, say, clear };
}

/**
 * Problems found in the browser before sending, in the shape the server uses (400 with
 * per-field `errors`), so a form shows its own checks and the server's answer the same way.
 */
export function validationError(errors: { path: string; message: string }[]): ApiError | null {
  if (errors.length === 0) return null;
  return browserProblem(errors);
}

/** The paths in error, whether the browser or the server found them. */
export function errorPaths(error: unknown): string[] {
  return error instanceof ApiError ? (error.problem.errors ?? []).map((e) => e.path) : [];
}

/** The record the server sent with a 412, when it did. */
export function staleCurrent<T>(error: unknown): T | undefined {
  return error instanceof ApiError && error.status === 412 ? (error.problem.current as T | undefined) : undefined;
}

export { useFocusLater } from '../../ui/live.tsx';

/** The current time, refreshed every minute (what is "upcoming" changes while a page is open). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
