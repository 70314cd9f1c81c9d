namespace KooMessage.Client;

/// <summary>A one-based line and column in the GraphQL document an error refers to.</summary>
public readonly record struct GraphQLErrorLocation(int Line, int Column);
