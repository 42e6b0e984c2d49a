import {
  CalendarRange,
  ClipboardCheck,
  ClipboardList,
  Clock,
  DatabaseBackup,
  Gauge,
  IdCard,
  Library,
  UserRound,
  Users,
  LayoutGrid,
  Lightbulb,
  Presentation,
  Scale,
  ShieldCheck,
  type LucideIcon,
} from 'lucide-react';

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
  { path: 'portfolio', label: 'Portfolio', icon: LayoutGrid },
  { path: 'workshops', label: 'Workshops', icon: Lightbulb },
  { path: 'governance', label: 'Governance', icon: ShieldCheck },
  { path: 'controls', label: 'AI management system', icon: ClipboardCheck },
  { path: 'vendors', label: 'Vendors', icon: Scale },
  { path: 'questionnaires', label: 'Questionnaires', icon: ClipboardList },
  { path: 'reports', label: 'Board reports', icon: Presentation },
  { path: 'engagement', label: 'Engagement log', icon: Clock },
  { path: 'profile', label: 'Profile', icon: IdCard },
];

/** The places of the whole practice, above any client's areas; a caption says a view spans clients. */
export const PRACTICE_AREAS: { to: string; label: string; icon: LucideIcon; caption?: string }[] = [
  { to: '/', label: 'All clients', icon: Users },
  { to: '/planning', label: 'Planning', icon: CalendarRange },
  { to: '/library', label: 'Vendor library', icon: Library, caption: 'Cross-client view' },
  { to: '/control-library', label: 'Control library', icon: ClipboardList, caption: 'Cross-client view' },
  { to: '/backup', label: 'Backup & restore', icon: DatabaseBackup },
  { to: '/consultant', label: 'Your profile', icon: UserRound },
];
