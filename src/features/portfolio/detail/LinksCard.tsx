import type { UseCase } from '../../../domain/portfolio';

/** How many records of the other registers point at this use case (set from those registers). */
export function LinksCard({ useCase }: { useCase: UseCase }) {
  const links = [
    { label: 'AI systems', count: useCase.aiSystemIds.length },
    { label: 'Vendor evaluations', count: useCase.vendorEvaluationIds.length },
    { label: 'Risks', count: useCase.riskIds.length },
    { label: 'Incidents', count: useCase.incidentIds.length },
    { label: 'Decision rights', count: useCase.decisionRightIds.length },
  ];
  return (
    <section className="card" aria-labelledby="uc-links">
      <h2 id="uc-links">Linked records</h2>
      <dl className="facts">
        {links.map((l) => (
          <div key={l.label} className="facts__row">
            <dt>{l.label}</dt>
            <dd>{l.count}</dd>
          </div>
        ))}
        {useCase.workshopIdeaId && (
          <div className="facts__row">
            <dt>From a workshop idea</dt>
            <dd>Yes</dd>
          </div>
        )}
      </dl>
      <p className="field__hint">Links are made from the governance and vendor registers.</p>
    </section>
  );
}
