import { Gauge, Clock, IdCard, Presentation, Lightbulb, type LucideIcon } from 'lucide-react';

/**
 * The areas of one client, in navigation order. Each product area adds itself here when it exists:
 * navigation never shows an area that is not built.
 */
export interface ClientArea {
  /** Path below `/clients/:clientId`; '' is the overview. */
  path: string;
  label: string;
  icon: LucideIcon;
}

export const CLIENT_AREAS: ClientArea[] = [
  { path: '', label: 'Overview', icon: Gauge },
  { path: 'profile', label: 'Profile', icon: IdCard },
  { path: 'reports', label: 'Board reports', icon: Presentation },
  { path: 'engagement', label: 'Engagement log', icon: Clock },
  { path: 'workshops', label: 'Workshops', icon: Lightbulb },
];
