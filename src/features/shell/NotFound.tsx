import { Link } from 'react-router';

export function NotFound() {
  return (
    <div className="empty-state">
      <h1>This page does not exist</h1>
      <p>The link may be from an older version, or the item was deleted.</p>
      <Link className="button" to="/">
        Go to all clients
      </Link>
    </div>
  );
}
