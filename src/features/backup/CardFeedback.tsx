import { ErrorText } from '../../ui/FieldMessages';
/** The outcome line of a backup card: what was saved (status), or why it failed (alert). */
export function CardFeedback({ message, error }: { message: string | null; error: string | null }) {
  return (
    <>
      {message && (
        <p className="backup-success" role="status">
          {message}
        </p>
      )}
      <ErrorText>{error}</ErrorText>
    </>
  );
}
