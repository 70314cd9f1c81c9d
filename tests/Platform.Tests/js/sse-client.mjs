// Drives the platform with the graphql-sse client in distinct connections mode and prints, as JSON,
// {"results": [...]} once <count> results arrived or the operation completed.
// usage: node sse-client.mjs <http url> <api key> <query> <count>
import { createClient } from 'graphql-sse';

const [url, apiKey, query, count] = process.argv.slice(2);
if (!url || !apiKey || !query || !count) {
  console.error('usage: node sse-client.mjs <http url> <api key> <query> <count>');
  process.exit(2);
}
const limit = setTimeout(() => { console.error('sse-client: no result within 60 s'); process.exit(1); }, 60_000);

const client = createClient({ url, singleConnection: false, retryAttempts: 0, headers: { Authorization: `Bearer ${apiKey}` } });
const results = [];
const outcome = await new Promise((resolve) => {
  const stop = client.subscribe({ query }, {
    next: (result) => { results.push(result); if (results.length >= Number(count)) { stop(); resolve({ results }); } },
    error: (error) => resolve({ error: String(error?.message ?? error) }),
    complete: () => resolve({ results }),
  });
});
clearTimeout(limit);
console.log(JSON.stringify(outcome));
client.dispose();
process.exit(0);
