import { useEffect, useState } from 'react';
import { platform } from '../../platform';

/** 'desktop' (Electron: automatic backups) or 'browser' (reminder); undefined while asking. */
export function usePlatformKind(): 'desktop' | 'browser' | undefined {
  const [kind, setKind] = useState<'desktop' | 'browser'>();
  useEffect(() => {
    let alive = true;
    void platform.appInfo().then((info) => alive && setKind(info.platform));
    return () => {
      alive = false;
    };
  }, []);
  return kind;
}
