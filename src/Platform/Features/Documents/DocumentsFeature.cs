namespace KooMessage.Platform.Features.Documents;

public static class DocumentsFeature
{
    /// <summary>
    /// The console's downloadable documents (letters, forms and number-file samples). Its fields and
    /// mapping are found by convention; it needs no services of its own.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration) => services;

    /// <summary><c>GET /documents/{area}/{kind}</c>.</summary>
    public static void MapDocuments(this IEndpointRouteBuilder endpoints) => DocumentDownloadEndpoint.Map(endpoints);
}
