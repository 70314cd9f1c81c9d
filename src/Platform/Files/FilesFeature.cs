namespace KooMessage.Platform.Files;

public static class FilesFeature
{
    /// <summary>Options, the blob store, the upload storage service and the sweep of what killed uploads leave behind.</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FilesOptions>(configuration.GetSection(FilesOptions.Section));
        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        services.AddScoped<FileStorage>();
        services.AddSingleton<SpoolBudget>();
        services.AddHostedService<OrphanedUploadSweeper>();
        return services;
    }

    /// <summary>The download endpoint.</summary>
    public static void MapFiles(this IEndpointRouteBuilder endpoints) => FileDownloadEndpoint.Map(endpoints);
}
