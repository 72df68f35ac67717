// After a departure, the former owner keeps away from the customers for a month:
// no reminders, no contact. The cadence asks here before reminding anyone.
// A departure still waiting for sign-off counts too (the old rep is on the way out).
import type { Repositories } from '../../deps.js';

export async function departureQuarantine(
  repos: Repositories,
  customerId: string,
  now: Date,
): Promise<{ formerOwnerId: string; until: Date | null } | undefined> {
  return repos.handovers.departureQuarantine(customerId, now);
}

export async function isUnderDepartureQuarantine(repos: Repositories, customerId: string, now: Date): Promise<boolean> {
  return (await departureQuarantine(repos, customerId, now)) !== undefined;
}

/** Customer ids to skip for that member. */
export async function quarantinedCustomerIds(repos: Repositories, formerOwnerId: string, now: Date): Promise<string[]> {
  return repos.handovers.quarantinedCustomerIds(formerOwnerId, now);
}
