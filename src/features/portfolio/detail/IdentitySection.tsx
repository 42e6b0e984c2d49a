import type { UseCase } from '../../../domain/portfolio';
import { AffectedPersonsField } from './AffectedPersonsField';
import { UseCaseTextField } from './useCaseFields';
import { useT } from '../../../state/interfaceLanguage';

/** Identity and ownership of a use case; every edit is saved as it is made. */
export function IdentitySection({ useCase }: { useCase: UseCase }) {
  const t = useT();
  return (
    <>
      <section className="card form-section" aria-labelledby="uc-identity">
        <h2 id="uc-identity">{t('What it is')}</h2>
        <div className="form-grid">
          <UseCaseTextField useCase={useCase} field="title" label={t('Title')} />
          <UseCaseTextField useCase={useCase} field="process" label={t('Business process / department')} />
          <UseCaseTextField
            useCase={useCase}
            field="users"
            label={t('Users')}
            hint={t('Who works with the AI output.')}
          />
        </div>
        <div className="form-grid form-grid--text">
          <UseCaseTextField
            useCase={useCase}
            field="problemStatement"
            label={t('Problem statement')}
            multiline
          />
          <UseCaseTextField useCase={useCase} field="intendedUse" label={t('Intended use')} multiline />
          <UseCaseTextField
            useCase={useCase}
            field="outOfScopeUse"
            label={t('Out-of-scope use')}
            multiline
            hint={t('What the system must not be used for.')}
          />
        </div>
        <AffectedPersonsField useCase={useCase} />
      </section>
      <section className="card form-section" aria-labelledby="uc-ownership">
        <h2 id="uc-ownership">{t('Ownership')}</h2>
        <div className="form-grid">
          <UseCaseTextField
            useCase={useCase}
            field="businessOwner"
            label={t('Business owner')}
            hint={t(
              'Accountable on the client side. Without one the use case is parked and cannot go past assessment.',
            )}
          />
          <UseCaseTextField useCase={useCase} field="projectOwner" label={t('Project owner')} />
          <UseCaseTextField useCase={useCase} field="sponsor" label={t('Sponsor')} />
        </div>
      </section>
    </>
  );
}
