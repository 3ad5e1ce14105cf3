import { useMe } from '../api/session.ts';
import { Home } from '../features/home/Home.tsx';

/** / — behind RequireAuth, so the signed-in person is there. */
export function HomePage() {
  const me = useMe().data;
  return me ? <Home me={me} /> : null;
}
