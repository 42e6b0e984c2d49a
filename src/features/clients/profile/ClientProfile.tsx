import {
  CLIENT_STATUS_LABELS,
  ENGAGEMENT_UNIT_LABELS,
  ENGAGEMENT_UNITS,
  PILOT_LIMIT_MAX,
  PILOT_LIMIT_MIN,
  RATE_UNITS,
  REPORT_CADENCE_LABELS,
  REPORT_CADENCES,
  reportLanguageOf,
  type ClientField as ClientFieldName,
} from '../../../domain/clients/client';
import { LANGUAGE_LABELS, LANGUAGES } from '../../../domain/shared/language';
import { updateRecord } from '../../../db/core/records';
import { db } from '../../../db/core/schema';
import { AutoSaveSelect } from '../../../ui/AutoSaveField';
import { PageHeader } from '../../../ui/PageHeader';
import { useClient } from '../ClientLayout';
import { BrandColorField } from './BrandColorField';
import { ClientField } from './clientFields';
import { LifecycleActions } from './LifecycleActions';
import { LogoField } from './LogoField';
import { MaturityEditor } from './MaturityEditor';
import { useT } from '../../../state/interfaceLanguage';

/** Every field of the client profile; each edit is saved as it is made. */
export function ClientProfile() {
  const client = useClient();
  const t = useT();
  const save = (field: ClientFieldName) => (value: unknown) =>
    updateRecord(db, 'clients', client.id, { [field]: value }).then(() => undefined);

  return (
    <div className="page">
      <PageHeader
        title={t('Client profile')}
        subtitle={t('{{client}} · {{status}} · every change is saved as you type', {
          client: client.name,
          status: t(CLIENT_STATUS_LABELS[client.status]),
        })}
      />
      <div className="form-sections">
        <section className="card form-section" aria-labelledby="sec-identity">
          <h2 id="sec-identity">{t('Organisation')}</h2>
          <div className="form-grid">
            <ClientField client={client} field="name" label={t('Client name')} />
            <ClientField
              client={client}
              field="shortName"
              label={t('Short name')}
              hint={t('Used where space is tight, e.g. the sidebar.')}
            />
            <ClientField client={client} field="sector" label={t('Sector')} />
            <ClientField client={client} field="employees" label={t('Employees')} kind="number" />
            <ClientField client={client} field="country" label={t('Country')} />
            <BrandColorField client={client} />
          </div>
          <LogoField client={client} />
        </section>
        <section className="card form-section" aria-labelledby="sec-contact">
          <h2 id="sec-contact">{t('Main contact')}</h2>
          <div className="form-grid">
            <ClientField client={client} field="contactName" label={t('Contact name')} />
            <ClientField client={client} field="contactRole" label={t('Contact role')} />
            <ClientField client={client} field="contactEmail" label={t('Contact email')} type="email" />
          </div>
        </section>
        <section className="card form-section" aria-labelledby="sec-engagement">
          <h2 id="sec-engagement">{t('Engagement')}</h2>
          <div className="form-grid">
            <ClientField client={client} field="engagementStart" label={t('Engagement start')} kind="date" />
            <ClientField client={client} field="renewalDate" label={t('Renewal date')} kind="date" />
            <ClientField
              client={client}
              field="agreedAmount"
              label={t('Agreed time per month')}
              kind="number"
              hint={t('In the unit chosen next.')}
            />
            <AutoSaveSelect
              label={t('Agreed in')}
              value={client.agreedUnit}
              options={ENGAGEMENT_UNITS.map((u) => ({ value: u, label: t(ENGAGEMENT_UNIT_LABELS[u]) }))}
              save={save('agreedUnit')}
              hint={t('A day counts as 8 hours.')}
            />
            <ClientField client={client} field="rate" label={t('Rate (EUR, optional)')} kind="number" />
            <AutoSaveSelect
              label={t('Rate per')}
              value={client.rateUnit}
              options={RATE_UNITS.map((u) => ({ value: u, label: u === 'hour' ? t('Hour') : t('Day') }))}
              save={save('rateUnit')}
            />
            <AutoSaveSelect
              label={t('Board report cadence')}
              value={client.reportCadence}
              options={REPORT_CADENCES.map((c) => ({ value: c, label: t(REPORT_CADENCE_LABELS[c]) }))}
              save={save('reportCadence')}
            />
            <AutoSaveSelect
              label={t('Report language')}
              value={reportLanguageOf(client)}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_LABELS[l] }))}
              save={save('reportLanguage')}
              hint={t(
                'The board report (PDF and PPTX) is written in this language, with its dates and numbers.',
              )}
            />
            <ClientField
              client={client}
              field="pilotLimit"
              label={t('Pilot limit')}
              kind="number"
              hint={t(
                'Most use cases in pilot or evaluation at once ({{min}}-{{max}}). Not ten things at once.',
                {
                  min: PILOT_LIMIT_MIN,
                  max: PILOT_LIMIT_MAX,
                },
              )}
            />
          </div>
        </section>
        <section className="card form-section" aria-labelledby="sec-maturity">
          <h2 id="sec-maturity">{t('AI maturity')}</h2>
          <MaturityEditor client={client} />
        </section>
        <section className="card form-section" aria-labelledby="sec-notes">
          <h2 id="sec-notes">{t('Notes')}</h2>
          <ClientField client={client} field="notes" label={t('Client notes')} multiline rows={5} />
        </section>
        <LifecycleActions client={client} />
      </div>
    </div>
  );
}
