// Child process of `npm run bench:api`: the real API server (@wirediff/api's startServer, built),
// configured by the environment like `wirediff serve`. Prints one line with its URL, stops on SIGTERM.
import { readConfig, startServer } from '@wirediff/api';

const server = await startServer(readConfig(process.env));
process.stdout.write(`listening on ${server.url}\n`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
