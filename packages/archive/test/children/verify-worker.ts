// Child process of queue.test.ts: one verification worker on the PostgreSQL queue.
// mode `drain`: take batches until none is free, print `done <batches> <pairs>`, exit.
// mode `hang`: claim one batch, print `claimed <run> <batch>`, then wait to be killed mid-batch.
// mode `poll`: take batches as they come until SIGTERM.
import { compare } from '@wirediff/match';
import { openStore, runVerificationWorker } from '../../src/index.js';

const [url, schema, mode] = process.argv.slice(2);
const store = await openStore(url!, { schema: schema! });
const queue = store.queue!;
if (mode === 'hang') {
  const batch = await queue.claim();
  process.stdout.write(batch === null ? 'nothing\n' : `claimed ${batch.run} ${batch.batch}\n`);
  setInterval(() => undefined, 60_000);
} else {
  const controller = new AbortController();
  process.on('SIGTERM', () => controller.abort());
  process.stdout.write('ready\n');
  const done = await runVerificationWorker({
    queue,
    compare,
    stopWhenIdle: mode === 'drain',
    pollMs: 50,
    signal: controller.signal,
    onBatch: ({ run, batch }) => process.stdout.write(`batch ${run} ${batch}\n`),
  });
  process.stdout.write(`done ${done.batches} ${done.pairs}\n`);
  await store.close();
}
