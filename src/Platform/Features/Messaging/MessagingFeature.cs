namespace KooMessage.Platform.Features.Messaging;

public static class MessagingFeature
{
    /// <summary>
    /// Options. Apps, signatures and templates have no endpoints of their own; their fields, review
    /// subjects, mappings and the public-template seeder are found in the assembly by convention.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
        => services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.Section));
}
