import { AppError } from '../../../../src/shared/errors';
import { checkEmail } from '../../../../src/modules/supporters/validation';

const refusal = (value: string) => {
  try {
    checkEmail(value);
  } catch (err) {
    return err as AppError;
  }
  return null;
};

it('takes one bare address, trimmed', () => {
  expect(checkEmail('  ada.lovelace+campaign@example.org ')).toBe('ada.lovelace+campaign@example.org');
  expect(checkEmail("o'neil_x-y@mail.example.co.uk")).toBe("o'neil_x-y@mail.example.co.uk");
});

it.each([
  ['a comma list', 'victim@example.org,attacker@example.net'],
  ['a comma in the local part', 'victim,x@example.org'],
  ['a semicolon list', 'victim@example.org;attacker@example.net'],
  ['a NUL byte', 'victim@example.org\u0000attacker@example.net'],
  ['a NUL byte at the end', 'victim@example.org\u0000'],
  ['a display name', 'Victim <victim@example.org>'],
  ['a display name without a space', 'Victim<victim@example.org>'],
  ['angle brackets', '<victim@example.org>'],
  ['a quoted local part', '"victim"@example.org'],
  ['a line break (header injection)', 'victim@example.org\r\nBcc: attacker@example.net'],
  ['no domain dot', 'victim@localhost'],
  ['two @', 'victim@attacker@example.org'],
  ['a space inside', 'vic tim@example.org'],
])('refuses %s, naming the field and not echoing the value', (_what, value) => {
  const err = refusal(value);
  expect(err).toBeInstanceOf(AppError);
  expect(err!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  expect(err!.message).not.toContain('victim');
});
