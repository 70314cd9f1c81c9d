// Apollo Client's PersistedQueryLink (automatic persisted queries) against a live instance:
//   node apollo-persisted-queries.mjs <graphql url> <api key> <query> <useGETForHashedQueries: true|false>
// Runs the query twice (network-only) and prints {results, requests}: what went over the wire.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { recordingFetch, drain } from './recording-fetch.mjs';

const [url, apiKey, query, useGET] = process.argv.slice(2);
const requests = [];
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: new PersistedQueryLink({ sha256, useGETForHashedQueries: useGET === 'true' }).concat(
    new HttpLink({ uri: url, headers: { authorization: `Bearer ${apiKey}` }, fetch: recordingFetch(requests) })),
});

const results = [];
for (let i = 0; i < 2; i++) {
  const { data, error } = await client.query({ query: gql(query), fetchPolicy: 'network-only' });
  results.push({ data, error: error?.message ?? null });
}
await drain();
process.stdout.write(JSON.stringify({ results, requests }));
