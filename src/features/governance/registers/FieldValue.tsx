import { Link } from 'react-router';
import { formatFieldValue, type FieldDef } from '../../../domain/governance';
import { TierBadge } from '../TierBadge';
import { resolveLink, type LinkIndex } from './registerUi';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

/** A register value for reading (list cells, summaries): links as chips with their tier, lists compact. */
export function FieldValue({ field, value, index }: { field: FieldDef; value: unknown; index: LinkIndex }) {
  const words = useInterfaceWording();
  if (field.kind === 'links' && Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">—</span>;
    return (
      <span className="gov-inline-links">
        {value.map((id) => {
          const item = resolveLink(index, String(id), field.linkTo?.[0]);
          return (
            <span key={item.id} className="gov-inline-link">
              {item.href ? (
                <Link to={item.href}>{item.label}</Link>
              ) : (
                <span className={item.missing ? 'muted' : undefined}>{item.label}</span>
              )}
              {item.tier && item.target === 'aiSystems' && (
                <TierBadge tier={item.tier} overridden={item.overridden} />
              )}
            </span>
          );
        })}
      </span>
    );
  }
  const text = formatFieldValue(field, value, { words });
  if (!text) return <span className="muted">—</span>;
  const tone =
    field.kind === 'select' ? BADGE_TONES.registerValue[`${field.key}-${String(value)}`] : undefined;
  if (tone) return <Badge tone={tone}>{text}</Badge>;
  return <>{text}</>;
}
