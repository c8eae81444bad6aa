/** The rows in memory and the SQL answers kept with them: once per change, never across one. */
import { DirectoryRows, MAX_ANSWERS } from '../../../../src/modules/directory/directory.rows';

const rows = () => new DirectoryRows(async () => []);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

it('computes an answer once per key until the next change', async () => {
  const r = rows();
  let runs = 0;
  const compute = async () => ++runs;
  expect(await r.remember('a', compute)).toBe(1);
  expect(await r.remember('a', compute)).toBe(1);
  expect(await r.remember('b', compute)).toBe(2);
  r.invalidate();
  expect(await r.remember('a', compute)).toBe(3);
});

it('shares one computation between concurrent readers of the same key', async () => {
  const r = rows();
  const answer = deferred<string>();
  let runs = 0;
  const compute = () => (runs++, answer.promise);
  const both = Promise.all([r.remember('a', compute), r.remember('a', compute)]);
  answer.resolve('x');
  expect(await both).toEqual(['x', 'x']);
  expect(runs).toBe(1);
});

it('never keeps an answer computed across a change for after it', async () => {
  const r = rows();
  const before = deferred<string>();
  const inFlight = r.remember('a', () => before.promise);
  r.invalidate();
  before.resolve('old');
  expect(await inFlight).toBe('old');
  expect(await r.remember('a', async () => 'new')).toBe('new');
});

it('does not keep a failure', async () => {
  const r = rows();
  await expect(r.remember('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  expect(await r.remember('a', async () => 'up')).toBe('up');
});

it('keeps at most MAX_ANSWERS answers, dropping the oldest', async () => {
  const r = rows();
  for (let i = 0; i <= MAX_ANSWERS; i++) await r.remember(`k${i}`, async () => i);
  expect(await r.remember(`k${MAX_ANSWERS}`, async () => -1)).toBe(MAX_ANSWERS);
  expect(await r.remember('k0', async () => -1)).toBe(-1);
});

it('loads the rows once per change', async () => {
  let loads = 0;
  const r = new DirectoryRows(async () => (loads++, []));
  await r.get();
  await r.get();
  r.invalidate();
  await r.get();
  expect(loads).toBe(2);
});
