import { describeSimilarity, type SimilarUseCase, type WorkshopIdea } from '../../../domain/workshops';
import { STAGE_LABELS, type UseCase } from '../../../domain/portfolio';
import { FormActionButton, FormDialog } from '../../../ui/FormDialog';
import { useT } from '../../../state/interfaceLanguage';
import '../ideas.css';

export type MergeChoice = { mergeInto: string } | { mergeInto?: undefined };

/**
 * "Becomes a use case" when the portfolio already has use cases like the idea: each match with what
 * makes it alike, to merge the idea into it, or a new use case after all. Focus starts on the closest
 * match (Enter merges into it; the decision can be changed later, which unlinks it again).
 */
export function MergeOfferDialog(props: {
  idea: WorkshopIdea;
  matches: SimilarUseCase<UseCase>[];
  onChoose(choice: MergeChoice): void;
  onClose(): void;
  returnFocus?: () => void;
}) {
  const { idea, matches } = props;
  const t = useT();
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={t('#{{number}} “{{title}}”: merge into a similar use case?', {
        number: idea.number,
        title: idea.title,
      })}
      description={t('The portfolio already has {{count}} use cases like this idea.', {
        count: matches.length,
      })}
      wide
      returnFocus={props.returnFocus}
      onSubmit={() => false}
      extraActions={
        <FormActionButton onRun={() => props.onChoose({})}>{t('Create a new use case')}</FormActionButton>
      }
    >
      <ul className="merge-offer" aria-label={t('Similar use cases')}>
        {matches.map((match, index) => (
          <li key={match.useCase.id} className="merge-offer__match">
            <div>
              <strong>{match.useCase.title}</strong>
              <div className="muted merge-offer__why">
                {t(STAGE_LABELS[match.useCase.stage])} · {describeSimilarity(match)}
              </div>
            </div>
            <FormActionButton
              className={`button ${index === 0 ? 'button--primary' : ''}`}
              autoFocus={index === 0}
              onRun={() => props.onChoose({ mergeInto: match.useCase.id })}
            >
              {t('Merge into “{{title}}”', { title: match.useCase.title })}
            </FormActionButton>
          </li>
        ))}
      </ul>
    </FormDialog>
  );
}
