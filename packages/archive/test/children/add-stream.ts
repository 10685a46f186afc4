// Child process of durability.test.ts: adds documents one small batch at a time and prints
// `ack <id>` once each add has resolved, until killed.
import { createArchive, openStore } from '../../src/index.js';

const [url, schema, count] = process.argv.slice(2);
const store = await openStore(url!, schema === '-' ? {} : { schema: schema! });
const archive = createArchive({ store, namespace: 'durable' });
const words = ['council', 'harbour', 'reservoir', 'panels', 'meeting', 'energy', 'winter', 'birds', 'library', 'plans', 'spring', 'jobs'];
for (let i = 0; i < Number(count); i += 1) {
  const batch = [0, 1].map((k) => {
    const n = i * 2 + k;
    const text = Array.from({ length: 120 }, (_, w) => words[(n * 7 + w * (n % 5 + 1)) % words.length]).join(' ') + ` number ${n}.`;
    return { id: `doc-${n}`, text, publishedAt: '2026-03-02' };
  });
  await archive.add(batch);
  for (const doc of batch) process.stdout.write(`ack ${doc.id}\n`);
}
process.stdout.write('finished\n');
await store.close();
