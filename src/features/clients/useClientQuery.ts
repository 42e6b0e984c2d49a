import { useLiveQuery } from 'dexie-react-hooks';

/**
 * What `load` reads for one client, kept live; undefined while it loads and while the screen has moved to
 * another client but still holds the previous client's result (never shows one client's records as another's).
 */
export function useClientQuery<T>(clientId: string, load: (clientId: string) => Promise<T>): T | undefined {
  // The query follows the client; `load` is one function of the module (not remade on each render).
  const loaded = useLiveQuery(async () => ({ clientId, value: await load(clientId) }), [clientId]);
  return loaded && loaded.clientId === clientId ? loaded.value : undefined;
}
