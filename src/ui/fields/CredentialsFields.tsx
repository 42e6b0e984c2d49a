import type { Dispatch, SetStateAction } from 'react';
import { useT } from '../../state/interfaceLanguage';
import { TextField } from './TextField';

/**
 * The sign-in block of a form that reaches a server (the sync card, a practice's new consultant, the handover
 * to a client's CouchDB): the server's address when the form asks for it, a user name and a password, each a
 * `TextField` of the enclosing `Form` under the name its problems use (`address.name`, `username`, `password`).
 */
export interface Credentials {
  address: string;
  username: string;
  password: string;
}

export const NO_CREDENTIALS: Credentials = { address: '', username: '', password: '' };

/** How the browser may fill them in: a stored sign-in, a password being made, or never. */
type Autofill = 'sign-in' | 'new' | 'off';

const USERNAME_AUTOFILL: Record<Autofill, string | undefined> = {
  'sign-in': 'username',
  new: undefined,
  off: 'off',
};
const PASSWORD_AUTOFILL: Record<Autofill, string> = {
  'sign-in': 'current-password',
  new: 'new-password',
  off: 'off',
};

export function CredentialsFields(props: {
  value: Credentials;
  /** A state setter (`useState<Credentials>`): each field changes its own part. */
  onChange: Dispatch<SetStateAction<Credentials>>;
  /** The address field (its name in the form, label and hint); without it, only the sign-in. */
  address?: { name: string; label: string; hint: string };
  /** The user name field's name in the form and label (default `username`, "User name"). */
  username?: { name: string; label: string };
  /** The password's label (default "Password") and what becomes of it. */
  password: { label?: string; hint: string };
  autofill: Autofill;
}) {
  const t = useT();
  const { value, onChange, address, username, password, autofill } = props;
  const set = (field: keyof Credentials) => (text: string) =>
    onChange((current) => ({ ...current, [field]: text }));
  return (
    <>
      {address && (
        <TextField
          name={address.name}
          type="url"
          label={address.label}
          hint={address.hint}
          value={value.address}
          onChange={set('address')}
        />
      )}
      <TextField
        name={username?.name ?? 'username'}
        label={username?.label ?? t('User name')}
        autoComplete={USERNAME_AUTOFILL[autofill]}
        value={value.username}
        onChange={set('username')}
      />
      <TextField
        name="password"
        type="password"
        label={password.label ?? t('Password')}
        hint={password.hint}
        autoComplete={PASSWORD_AUTOFILL[autofill]}
        value={value.password}
        onChange={set('password')}
      />
    </>
  );
}
