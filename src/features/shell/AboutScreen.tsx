import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import type { AppInfo } from '../../platform/contract';
import { PageHeader } from '../../ui/PageHeader';
import { RulePackAbout } from '../governance/RulePackAbout';
import { useT } from '../../state/interfaceLanguage';

/** About CAIO Desk: the app version and the rule packs it classifies with. */
export function AboutScreen() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const t = useT();
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
        title={t('About CAIO Desk')}
        subtitle={
          info
            ? t(
                info.platform === 'browser'
                  ? 'Version {{version}} · in the browser'
                  : 'Version {{version}} · desktop app',
                {
                  version: info.version,
                },
              )
            : t('Version …')
        }
      />
      <RulePackAbout />
    </div>
  );
}
