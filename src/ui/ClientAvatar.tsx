import { clientInitials, type Client } from '../domain/clients/client';

/** The client's logo, or its initials on its brand colour when it has none. */
export function ClientAvatar({ client, size = 36 }: { client: Pick<Client, 'name' | 'shortName' | 'logo' | 'brandColor'>; size?: number }) {
  if (client.logo) {
    return <img className="client-avatar" src={client.logo} alt={`${client.name} logo`} width={size} height={size} />;
  }
  return (
    <span className="client-avatar client-avatar--initials" style={{ width: size, height: size, background: client.brandColor, fontSize: size * 0.38 }} aria-hidden>
      {clientInitials(client)}
    </span>
  );
}
