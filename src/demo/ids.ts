/** The three fictional clients of the demo workspace (the story of the product brief). Kept apart from the
 * seed data, so screens that only need the ids do not load the demo's records. */
export const DEMO_CLIENT_IDS = {
  staffing: 'demo-client-brightside',
  accountancy: 'demo-client-vandijk',
  manufacturer: 'demo-client-nordhaven',
} as const;
