// Generates src/generated/graphql.ts from the schema and the operations in src/Client/Operations (the
// same documents the C# client is generated from): result and variable types per operation, the
// enums and inputs they use, and one TypedDocumentNode per operation that Apollo Client, urql and
// any other TypedDocumentNode-aware client infer their types from; and src/generated/possible-types.ts,
// which object types make up each union and interface, for Apollo's InMemoryCache (without it, Apollo
// cannot tell that a ConflictError is an Error and drops the fields of `... on Error` spreads when it
// reads a payload back from its cache). Run `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: '../../src/Client/Operations/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      // Every selection set (union members included) asks for __typename, so the documents sent fetch
      // exactly what the types promise and a payload error narrows on `error.__typename`.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        nonOptionalTypename: true,
        // Enums as `const` objects with a string-union type of the same name: usable as values
        // (Role.TENANT_ADMIN), comparable with the plain strings the server sends.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          Long: 'number',
          Upload: 'File | Blob',
        },
      },
    },
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
