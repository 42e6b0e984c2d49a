import { clientInitials, type Client } from '../domain/clients/client';
import { useT } from '../state/interfaceLanguage';

/** The client's logo, or its initials on its brand colour when it has none. `decorative` when the name is next to it. */
export function ClientAvatar({
  client,
  size = 36,
  decorative = false,
}: {
  client: Pick<Client, 'name' | 'shortName' | 'logo' | 'brandColor'>;
  size?: number;
  decorative?: boolean;
}) {
  const t = useT();
  if (client.logo) {
    return (
      <img
        className="client-avatar"
        src={client.logo}
        alt={decorative ? '' : t('{{name}} logo', { name: client.name })}
        width={size}
        height={size}
      />
    );
  }
  return (
    <span
      className="client-avatar client-avatar--initials"
      style={{ width: size, height: size, background: client.brandColor, fontSize: size * 0.38 }}
      aria-hidden
    >
      {clientInitials(client)}
    </span>
  );
}
