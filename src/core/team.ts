// The team and its chats, as services see them.
import type { Platform, Role } from './types.js';
import type { Lang } from './language.js';

export interface Member {
  id: string;
  name: string;
  role: Role;
  reportsTo: string | null;
  language: Lang;
  active: boolean;
}

export interface Chat {
  id: string;
  platform: Platform;
  externalId: string;
  kind: 'direct' | 'group';
  title: string | null;
  /** Outsiders are present: never post sensitive fields here. */
  hasExternal: boolean;
  /** For a direct chat: the team member on the other side. */
  memberId: string | null;
  language: Lang | null;
}
