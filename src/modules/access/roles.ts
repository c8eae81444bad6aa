/** The roles an API token may carry. ADMIN passes every role check (see auth-checker.ts). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../shared/enums';

export const ROLES = ['EDITOR', 'MODERATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'EDITOR edits the directory and content; MODERATOR moderates supporter messages; ADMIN may do everything.',
  valuesConfig: {
    EDITOR: { description: 'Edits the directory and the campaign content.' },
    MODERATOR: { description: 'Moderates supporters’ solidarity messages.' },
    ADMIN: { description: 'Passes every role check, and alone manages tokens, newsletters and signatures.' },
  },
});
