// Which customer a message or an argument names. Used by the cadence's commands.
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';

/** The longest name, code or alias that occurs in the text (case-insensitive). */
export async function customersNamedIn(repos: Repositories, text: string): Promise<Customer[]> {
  return repos.customers.customersNamedIn(text);
}

/** A customer named by an argument ("ACME", "HZ-2026-001"): exact matches first. */
export async function customerByArg(repos: Repositories, arg: string): Promise<Customer[]> {
  return repos.customers.searchCustomers(arg, 5);
}
