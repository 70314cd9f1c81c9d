// Prints graphql-js's introspection query with every option: what graphql-codegen, Apollo's tooling
// and GraphiQL send to learn a schema (October 2021 spec: specifiedByURL, isRepeatable, includeDeprecated
// on arguments and input fields, the schema description; and oneOf).
import { getIntrospectionQuery } from 'graphql';

process.stdout.write(getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
}));
