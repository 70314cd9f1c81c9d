// Prints graphql-js's introspection query with every option GraphQL.NET 8 answers: what
// graphql-codegen, Apollo's tooling and GraphiQL send to learn a schema. Not asked: specifiedByURL and
// includeDeprecated on directive arguments, which GraphQL.NET 8's introspection types do not have
// (GraphiQL and codegen leave both off by default).
import { getIntrospectionQuery } from 'graphql';

process.stdout.write(getIntrospectionQuery({
  descriptions: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  oneOf: true,
}));
