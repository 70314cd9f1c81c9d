namespace KooMessage.Platform.Transport;

public static class TransportApplicationBuilderExtensions
{
    /// <summary>Serves GraphQL at /graphql over every transport.</summary>
    public static IApplicationBuilder UseKooMessageGraphQL(this IApplicationBuilder app)
        => app.UseMiddleware<GraphQLHttpMiddleware>();
}
