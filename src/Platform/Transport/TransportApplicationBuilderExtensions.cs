using KooMessage.Platform.Transport.Ide;

namespace KooMessage.Platform.Transport;

public static class TransportApplicationBuilderExtensions
{
    /// <summary>Serves GraphQL at /graphql over every transport, and the IDE there to browsers when enabled.</summary>
    public static IApplicationBuilder UseKooMessageGraphQL(this IApplicationBuilder app)
        => app.UseGraphQLIde().UseMiddleware<GraphQLHttpMiddleware>();
}
