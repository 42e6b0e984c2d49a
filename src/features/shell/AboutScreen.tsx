import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import type { AppInfo } from '../../platform/contract';
import { PageHeader } from '../../ui/PageHeader';
import { RulePackAbout } from '../governance/RulePackAbout';

/** About CAIO Desk: the app version and the rule packs it classifies with. */
export function AboutScreen() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let alive = true;
    void platform.appInfo().then((value) => alive && setInfo(value));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <div className="page">
      <PageHeader
        title="About CAIO Desk"
        subtitle={
          info
            ? `Version ${info.version} · ${info.platform === 'browser' ? 'in the browser' : 'desktop app'}`
            : 'Version …'
        }
      />
      <RulePackAbout />
    </div>
  );
}
