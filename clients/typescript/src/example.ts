// What a frontend team writes with the generated documents: Apollo Client and urql against a running
// platform, with results, variables and payload errors fully typed.
//   KOOMESSAGE_URL=http://localhost:5000 KOOMESSAGE_KEY=km_... npm run example
// KOOMESSAGE_KEY is a platform-admin key (the one the platform printed on its first start).
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import {
  CreateApiKeyDocument,
  CreateTenantDocument,
  GetTenantsDocument,
  GetViewerDocument,
  Role,
  TenantStatus,
  type CreateTenantMutation,
} from './generated/graphql.js';
import possibleTypes from './generated/possible-types.js';

const baseUrl = process.env.KOOMESSAGE_URL ?? 'http://localhost:5000';
const adminKey = process.env.KOOMESSAGE_KEY;
if (!adminKey) {
  throw new Error('Set KOOMESSAGE_KEY to a platform-admin key.');
}
const endpoint = new URL('/graphql', baseUrl).toString();

// One payload error of createTenant. `__typename` tells the members of the union apart, and TypeScript
// narrows on it: `field` exists only on a ValidationError, `conflictField` only on a ConflictError.
type CreateTenantError = NonNullable<CreateTenantMutation['createTenant']['errors']>[number];

function describe(error: CreateTenantError): string {
  switch (error.__typename) {
    case 'ValidationError':
      return `${error.field} is invalid: ${error.message}`;
    case 'ConflictError':
      return `${error.conflictField ?? 'something'} is taken: ${error.message}`;
    default:
      // Any error the union gains later still has a code and a message.
      return `${(error as { code: string }).code}: ${(error as { message: string }).message}`;
  }
}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(`Unexpected: ${what}`);
  }
}

const apollo = new ApolloClient({
  link: new HttpLink({ uri: endpoint, headers: { authorization: `Bearer ${adminKey}` } }),
  // Which types implement Error and make up each payload's error union, so the cache reads fragments on them back.
  cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
});

// Apollo Client: create a tenant. `data.createTenant.tenant` is typed from the operation's selection.
const slug = `ts-example-${Date.now().toString(36)}`;
const created = await apollo.mutate({ mutation: CreateTenantDocument, variables: { input: { slug, name: 'TypeScript Example Ltd' } } });
const tenant = created.data?.createTenant.tenant;
check(tenant != null, `createTenant returned no tenant: ${JSON.stringify(created.data?.createTenant.errors)}`);
check(tenant.status === TenantStatus.ACTIVE, `a new tenant is ${tenant.status}`);
console.log(`apollo: created tenant ${tenant.slug} (${tenant.id}), ${tenant.status}`);

// The same slug again is an expected failure: a payload error, narrowed by its __typename.
const again = await apollo.mutate({ mutation: CreateTenantDocument, variables: { input: { slug, name: 'Again' } } });
const conflict = again.data?.createTenant.errors?.[0];
check(conflict?.__typename === 'ConflictError' && conflict.conflictField === 'slug', `a taken slug answered ${JSON.stringify(again.data)}`);
console.log(`apollo: ${describe(conflict)} (conflictField: ${conflict.conflictField})`);

// urql: read the tenant back with a typed `where`.
const urql = new Client({
  url: endpoint,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { headers: { authorization: `Bearer ${adminKey}` } },
});
const listed = await urql.query(GetTenantsDocument, { first: 1, where: { slug: { eq: slug } } }).toPromise();
check(!listed.error, `tenants failed: ${listed.error?.message}`);
const found = listed.data?.tenants?.nodes?.[0];
check(found?.id === tenant.id, `tenants(where: {slug: {eq: "${slug}"}}) found ${JSON.stringify(listed.data)}`);
console.log(`urql: read tenant ${found.slug} back (totalCount ${listed.data?.tenants?.totalCount})`);

// urql: a malformed slug is a ValidationError naming the field.
const invalid = await urql.mutation(CreateTenantDocument, { input: { slug: 'Not A Slug!', name: 'Invalid' } }).toPromise();
const validation = invalid.data?.createTenant.errors?.find((e) => e.__typename === 'ValidationError');
check(validation?.__typename === 'ValidationError' && validation.field === 'slug', `an invalid slug answered ${JSON.stringify(invalid.data)}`);
console.log(`urql: ${describe(validation)}`);

// urql: a key for the new tenant (a platform admin names the tenant), then that key reads who it is.
const key = await urql.mutation(CreateApiKeyDocument, { input: { name: 'frontend', role: Role.TENANT_ADMIN, tenantId: tenant.id } }).toPromise();
const secret = key.data?.createApiKey.secret;
check(secret != null, `createApiKey answered ${JSON.stringify(key.data ?? key.error?.message)}`);
console.log(`urql: created a ${key.data?.createApiKey.apiKey?.role} key ${key.data?.createApiKey.apiKey?.prefix}…`);

const asTenant = new Client({
  url: endpoint,
  exchanges: [fetchExchange],
  fetchOptions: { headers: { authorization: `Bearer ${secret}` } },
});
const viewer = await asTenant.query(GetViewerDocument, {}).toPromise();
check(viewer.data?.viewer.tenant?.id === tenant.id && viewer.data.viewer.roles.includes(Role.TENANT_ADMIN),
  `viewer answered ${JSON.stringify(viewer.data ?? viewer.error?.message)}`);
console.log(`urql: the new key acts in ${viewer.data.viewer.tenant.slug} as ${viewer.data.viewer.roles.join(', ')}`);

console.log('ok');
