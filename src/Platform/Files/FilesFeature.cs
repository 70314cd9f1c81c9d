namespace KooMessage.Platform.Files;

public static class FilesFeature
{
    /// <summary>Options, the blob store and the upload storage service.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FilesOptions>(configuration.GetSection(FilesOptions.Section));
        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        services.AddScoped<FileStorage>();
        return services;
    }

    /// <summary>The download endpoint.</summary>
    public static void MapFiles(this IEndpointRouteBuilder endpoints) => FileDownloadEndpoint.Map(endpoints);
}
