// Apollo Client's BatchHttpLink against a live instance:
//   node apollo-batch.mjs <graphql url> <api key> <query>...
// Runs every query at once (they go as one batched POST) and prints {results, requests}.
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { recordingFetch, drain } from './recording-fetch.mjs';

const [url, apiKey, ...queries] = process.argv.slice(2);
const requests = [];
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: new BatchHttpLink({ uri: url, headers: { authorization: `Bearer ${apiKey}` }, batchMax: 10, batchInterval: 50, fetch: recordingFetch(requests) }),
});

const results = await Promise.all(queries.map(async (query) => {
  const { data, error } = await client.query({ query: gql(query), fetchPolicy: 'network-only', errorPolicy: 'all' });
  return { data, error: error?.message ?? null };
}));
await drain();
process.stdout.write(JSON.stringify({ results, requests }));
