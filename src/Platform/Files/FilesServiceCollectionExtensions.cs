namespace KooMessage.Platform.Files;

public static class FilesServiceCollectionExtensions
{
    public static IServiceCollection AddKooMessageFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FilesOptions>(configuration.GetSection(FilesOptions.Section));
        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        services.AddScoped<FileStorage>();
        return services;
    }
}
