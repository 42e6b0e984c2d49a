import type { UseCase } from '../../../domain/portfolio';
import { AffectedPersonsField } from './AffectedPersonsField';
import { UseCaseTextField } from './useCaseFields';

/** Identity and ownership of a use case; every edit is saved as it is made. */
export function IdentitySection({ useCase }: { useCase: UseCase }) {
  return (
    <>
      <section className="card form-section" aria-labelledby="uc-identity">
        <h2 id="uc-identity">What it is</h2>
        <div className="form-grid">
          <UseCaseTextField useCase={useCase} field="title" label="Title" />
          <UseCaseTextField useCase={useCase} field="process" label="Business process / department" />
          <UseCaseTextField
            useCase={useCase}
            field="users"
            label="Users"
            hint="Who works with the AI output."
          />
        </div>
        <div className="form-grid form-grid--text">
          <UseCaseTextField useCase={useCase} field="problemStatement" label="Problem statement" multiline />
          <UseCaseTextField useCase={useCase} field="intendedUse" label="Intended use" multiline />
          <UseCaseTextField
            useCase={useCase}
            field="outOfScopeUse"
            label="Out-of-scope use"
            multiline
            hint="What the system must not be used for."
          />
        </div>
        <AffectedPersonsField useCase={useCase} />
      </section>
      <section className="card form-section" aria-labelledby="uc-ownership">
        <h2 id="uc-ownership">Ownership</h2>
        <div className="form-grid">
          <UseCaseTextField
            useCase={useCase}
            field="businessOwner"
            label="Business owner"
            hint="Accountable on the client side. Without one the use case is parked and cannot go past assessment."
          />
          <UseCaseTextField useCase={useCase} field="projectOwner" label="Project owner" />
          <UseCaseTextField useCase={useCase} field="sponsor" label="Sponsor" />
        </div>
      </section>
    </>
  );
}
