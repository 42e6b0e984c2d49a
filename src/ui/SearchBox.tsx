/** The search box of a list or screen: named by `label`, reports each edit of its text. */
export function SearchBox(props: {
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
  className?: string;
}) {
  return (
    <input
      className={props.className ? `input ${props.className}` : 'input'}
      type="search"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
