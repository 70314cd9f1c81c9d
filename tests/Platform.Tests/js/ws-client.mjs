// Drives the platform with the graphql-ws client (graphql-transport-ws protocol) and prints, as JSON,
// what it received: {"results": [...]} once <count> results arrived or the operation completed, or
// {"closed": code, "reason": "..."} when the server closed the socket first.
// usage: node ws-client.mjs <ws url> <connection_init payload as JSON> <query> <count>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, payload, query, count] = process.argv.slice(2);
if (!url || !payload || !query || !count) {
  console.error('usage: node ws-client.mjs <ws url> <connection_init payload JSON> <query> <count>');
  process.exit(2);
}
const limit = setTimeout(() => { console.error('ws-client: no result within 60 s'); process.exit(1); }, 60_000);

let done;
const finished = new Promise((resolve) => { done = resolve; });
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: JSON.parse(payload),
  lazy: false,
  retryAttempts: 0,
  on: { closed: (event) => done({ closed: event.code, reason: event.reason }) },
});

const results = [];
client.subscribe({ query }, {
  next: (result) => { results.push(result); if (results.length >= Number(count)) done({ results }); },
  error: (error) => done({ error: Array.isArray(error) ? error : String(error?.message ?? error) }),
  complete: () => done({ results }),
});

const outcome = await finished;
clearTimeout(limit);
console.log(JSON.stringify(outcome));
await client.dispose();
process.exit(0);
