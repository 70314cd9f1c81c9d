namespace KooMessage.Platform.Transport;

/// <summary>Where the GraphQL endpoint listens.</summary>
public static class GraphQLHttpOptions
{
    public const string Path = "/graphql";
}
