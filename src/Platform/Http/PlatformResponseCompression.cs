using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace KooMessage.Platform.Http;

/// <summary>
/// Brotli and gzip for JSON answers (GraphQL results are repetitive and shrink several times). Event
/// streams are left alone: compressing them would hold events back in the compressor's buffer.
/// </summary>
public static class PlatformResponseCompression
{
    private static readonly string[] CompressedTypes =
        ["application/json", "application/graphql-response+json", "text/csv", "text/html", "application/javascript", "text/css"];

    public static IServiceCollection AddPlatformResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // TLS ends at the proxy in the reference deployment; compressed HTTPS is safe here because
            // secrets (new API keys) are answered once to their creator, not mixed with reflected input.
            options.EnableForHttps = true;
            options.MimeTypes = CompressedTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
