// urql (@urql/core) with its default fetch options, so its default Accept header, against a live instance:
//   node --unhandled-rejections=strict urql-client.mjs <graphql url> <api key> <query> <count>
// Runs the query <count> times, one after another, and prints {results, requests}. Any unhandled
// rejection (an abort left behind by a stream the client did not expect) fails the run.
import { Client, fetchExchange } from '@urql/core';
import { recordingFetch, drain } from './recording-fetch.mjs';

const [url, apiKey, query, count] = process.argv.slice(2);
const requests = [];
const client = new Client({
  url,
  exchanges: [fetchExchange],
  fetch: recordingFetch(requests),
  fetchOptions: { headers: { authorization: `Bearer ${apiKey}` } },
  requestPolicy: 'network-only',
});

const results = [];
for (let i = 0; i < Number(count); i++) {
  const { data, error } = await client.query(query, {}).toPromise();
  results.push({ data, error: error?.message ?? null });
}
await drain();
process.stdout.write(JSON.stringify({ results, requests }));
