/**
 * Every supporter identity the tests use, in one place. They are distinctive on purpose: the
 * suite's global teardown greps ALL server log output for each name and address (and their
 * lower-cased forms) and fails if any appears.
 */
export const SUPPORTERS = {
  signer: { name: 'Zephyrine Quillfeather', email: 'zephyrine.quillfeather@supporters.example' },
  minor: { name: 'Octavian Brightwater', email: 'octavian.brightwater@supporters.example' },
  messenger: { name: 'Isolde Marrowgate', email: 'isolde.marrowgate@supporters.example' },
  subscriber: { name: 'Thaddeus Wrenfield', email: 'thaddeus.wrenfield@supporters.example' },
  exporter: { name: 'Marisol Ventiquattro', email: 'marisol.ventiquattro@supporters.example' },
  rectifier: { name: 'Bartholomew Qinnsworth', email: 'bartholomew.qinnsworth@supporters.example' },
  rectifiedName: { name: 'Bartholomea Qinnsworth-Ode', email: 'bartholomea.unused@supporters.example' },
  eraser: { name: 'Cordelia Fenwhistle', email: 'cordelia.fenwhistle@supporters.example' },
  restrictor: { name: 'Leopold Anskarsson', email: 'leopold.anskarsson@supporters.example' },
  stranger: { name: 'Wilhelmina Nobodyknows', email: 'wilhelmina.nobodyknows@supporters.example' },
  retired: { name: 'Peregrine Oldcastle', email: 'peregrine.oldcastle@supporters.example' },
  restarter: { name: 'Ottoline Stayput', email: 'ottoline.stayput@supporters.example' },
  outboxEraser: { name: 'Hyacinth Outboxley', email: 'hyacinth.outboxley@supporters.example' },
  mailbombed: { name: 'Rosalind Overmailed', email: 'rosalind.overmailed@supporters.example' },
  resigner: { name: 'Evangeline Resignwell', email: 'evangeline.resignwell@supporters.example' },
  latecomer: { name: 'Augustin Lateconfirm', email: 'augustin.lateconfirm@supporters.example' },
  neverConfirmed: { name: 'Severin Neverclicked', email: 'severin.neverclicked@supporters.example' },
} as const;

/** Signers of the concurrency test: `crowd-07.vantablack@supporters.example`, "Crowdmember Vantablack 07". */
export const crowd = (i: number) => {
  const n = String(i).padStart(2, '0');
  return { name: `Crowdmember Vantablack ${n}`, email: `crowd-${n}.vantablack@supporters.example` };
};
export const CROWD_SIZE = 40;

/** A distinctive solidarity message text (also must never be logged). */
export const MESSAGE_TEXTS = {
  approved: 'Your courage in Xanthoria inspires us every single day',
  rejected: 'Unkind words that a moderator rejects in Quorvantis',
  spotlight: 'We stand with you, from the hills of Mellowbrook Vale',
};

/** Everything the log scan looks for. */
export function allSecrets(): string[] {
  const people = [...Object.values(SUPPORTERS), ...Array.from({ length: CROWD_SIZE }, (_, i) => crowd(i))];
  return [
    ...people.flatMap((p) => [p.name, p.email, p.email.split('@')[0]]),
    // Spaced and cased variants the tests send, to prove normalisation never leaks either.
    ...Object.values(MESSAGE_TEXTS),
  ];
}
