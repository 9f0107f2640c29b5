import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

/** The dashboard's current route, following `hashchange` (links, back and forward, a notification's URL). */
export function useRoute(win: Window = window): Route {
  const [hash, setHash] = useState(win.location.hash);
  useEffect(() => {
    const update = () => setHash(win.location.hash);
    win.addEventListener('hashchange', update);
    update();
    return () => win.removeEventListener('hashchange', update);
  }, [win]);
  return useMemo(() => parseRoute(hash), [hash]);
}
