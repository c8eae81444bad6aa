/** Secrets handed out once (API tokens, e-mailed links) are stored only as this hash, never as sent. */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of a token: what the database keeps and looks tokens up by. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
