/**
 * Checks on supporters' input. Errors name the field and the rule, never the value.
 */
import { z } from 'zod';
import { badInput } from '../../shared/errors';

export const LIMITS = {
  email: 254,
  name: 200,
  message: 1000,
} as const;

// One bare address (zod's strict form: dot-atom local part, host names, a top-level domain):
// no display name, no list, no quotes, no control characters, so the mailer can never read
// it as more than one recipient. Delivery is what proves it is real.
const EMAIL = z.email();
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The address as given (trimmed); its comparison form is `normaliseEmail`. */
export function checkEmail(value: string, field = 'email'): string {
  const email = value.trim();
  if (email.length > LIMITS.email || !EMAIL.safeParse(email).success) throw badInput(field, 'must be one e-mail address, without a name or anything else');
  return email;
}

export function checkName(value: string, field = 'name'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name.length < 1 || name.length > LIMITS.name || CONTROL.test(name)) {
    throw badInput(field, `must be 1 to ${LIMITS.name} characters without control characters`);
  }
  return name;
}

export function checkMessage(value: string, field = 'text'): string {
  const text = value.trim();
  if (text.length < 1 || text.length > LIMITS.message) throw badInput(field, `must be 1 to ${LIMITS.message} characters`);
  return text;
}

export function checkCountry(value: string | undefined | null, field = 'country'): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (!/^[A-Za-z]{2}$/.test(value)) throw badInput(field, 'must be a two-letter ISO 3166-1 code');
  return value.toUpperCase();
}

/** Under 18: a parent's or guardian's permission is required (privacy notice, "minors"). */
export function checkAge(over18: boolean, guardianPermission: boolean | undefined | null): { guardianPermission: boolean } {
  if (over18) return { guardianPermission: false };
  if (!guardianPermission) throw badInput('guardianPermission', "supporters under 18 need a parent's or guardian's permission");
  return { guardianPermission: true };
}

/** The first word of a name, as shown publicly under a solidarity message when the sender chose so. */
export const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? '';
