namespace KooMessage.Platform.Deletion;

public static class DeletionServiceCollectionExtensions
{
    /// <summary>The registry and every <see cref="IDeletionSubject"/> registration in the assembly.</summary>
    public static IServiceCollection AddKooMessageDeletion(this IServiceCollection services)
    {
        services.AddSingleton<DeletionSubjects>();
        foreach (var type in typeof(DeletionServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDeletionSubject).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IDeletionSubject), type);
        return services;
    }
}
