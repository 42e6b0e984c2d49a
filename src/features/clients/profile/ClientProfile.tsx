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

/** Every field of the client profile; each edit is saved as it is made. */
export function ClientProfile() {
  const client = useClient();
  const save = (field: ClientFieldName) => (value: unknown) =>
    updateRecord(db, 'clients', client.id, { [field]: value }).then(() => undefined);

  return (
    <div className="page">
      <PageHeader
        title="Client profile"
        subtitle={`${client.name} · ${CLIENT_STATUS_LABELS[client.status]} · every change is saved as you type`}
      />
      <div className="form-sections">
        <section className="card form-section" aria-labelledby="sec-identity">
          <h2 id="sec-identity">Organisation</h2>
          <div className="form-grid">
            <ClientField client={client} field="name" label="Client name" />
            <ClientField
              client={client}
              field="shortName"
              label="Short name"
              hint="Used where space is tight, e.g. the sidebar."
            />
            <ClientField client={client} field="sector" label="Sector" />
            <ClientField client={client} field="employees" label="Employees" kind="number" />
            <ClientField client={client} field="country" label="Country" />
            <BrandColorField client={client} />
          </div>
          <LogoField client={client} />
        </section>
        <section className="card form-section" aria-labelledby="sec-contact">
          <h2 id="sec-contact">Main contact</h2>
          <div className="form-grid">
            <ClientField client={client} field="contactName" label="Contact name" />
            <ClientField client={client} field="contactRole" label="Contact role" />
            <ClientField client={client} field="contactEmail" label="Contact email" type="email" />
          </div>
        </section>
        <section className="card form-section" aria-labelledby="sec-engagement">
          <h2 id="sec-engagement">Engagement</h2>
          <div className="form-grid">
            <ClientField client={client} field="engagementStart" label="Engagement start" kind="date" />
            <ClientField client={client} field="renewalDate" label="Renewal date" kind="date" />
            <ClientField
              client={client}
              field="agreedAmount"
              label="Agreed time per month"
              kind="number"
              hint="In the unit chosen next."
            />
            <AutoSaveSelect
              label="Agreed in"
              value={client.agreedUnit}
              options={ENGAGEMENT_UNITS.map((u) => ({ value: u, label: ENGAGEMENT_UNIT_LABELS[u] }))}
              save={save('agreedUnit')}
              hint="A day counts as 8 hours."
            />
            <ClientField client={client} field="rate" label="Rate (EUR, optional)" kind="number" />
            <AutoSaveSelect
              label="Rate per"
              value={client.rateUnit}
              options={RATE_UNITS.map((u) => ({ value: u, label: u === 'hour' ? 'Hour' : 'Day' }))}
              save={save('rateUnit')}
            />
            <AutoSaveSelect
              label="Board report cadence"
              value={client.reportCadence}
              options={REPORT_CADENCES.map((c) => ({ value: c, label: REPORT_CADENCE_LABELS[c] }))}
              save={save('reportCadence')}
            />
            <AutoSaveSelect
              label="Report language"
              value={reportLanguageOf(client)}
              options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_LABELS[l] }))}
              save={save('reportLanguage')}
              hint="The board report (PDF and PPTX) is written in this language, with its dates and numbers."
            />
            <ClientField
              client={client}
              field="pilotLimit"
              label="Pilot limit"
              kind="number"
              hint={`Most use cases in pilot or evaluation at once (${PILOT_LIMIT_MIN}-${PILOT_LIMIT_MAX}). Not ten things at once.`}
            />
          </div>
        </section>
        <section className="card form-section" aria-labelledby="sec-maturity">
          <h2 id="sec-maturity">AI maturity</h2>
          <MaturityEditor client={client} />
        </section>
        <section className="card form-section" aria-labelledby="sec-notes">
          <h2 id="sec-notes">Notes</h2>
          <ClientField client={client} field="notes" label="Client notes" multiline rows={5} />
        </section>
        <LifecycleActions client={client} />
      </div>
    </div>
  );
}
