namespace KooMessage.Client.Generator.Pipeline;

/// <summary>The schema, the operation documents and the target namespace of one compilation.</summary>
internal sealed record GeneratorInput(
    GraphQLFile? Schema,
    EquatableArray<GraphQLFile> Operations,
    string Namespace);
