// The organisation's directory on a platform (WeCom contacts, DingTalk's org chart):
// what a sync reads. Adapters implement DirectorySource; services/team/directory-sync
// turns a listing into members, identities, supervisors and departures.
import { BatonError } from './errors.js';

export interface DirectoryDepartment {
  id: string;
  name: string;
  parentId: string | null;
  leaders: string[];
}
export interface DirectoryUser {
  externalId: string;
  name: string;
  departments: string[];
}
export interface DirectoryListing {
  departments: DirectoryDepartment[];
  users: DirectoryUser[];
}

export interface DirectorySource {
  platform: 'wecom' | 'dingtalk';
  /** The whole directory, or a DirectoryError: a partial listing must never be returned. */
  list(): Promise<DirectoryListing>;
}

/** The platform refused or failed the listing; `hint` says what the admin can do. */
export class DirectoryError extends BatonError {
  constructor(
    readonly platform: string,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super('directory', message, options);
  }
}
