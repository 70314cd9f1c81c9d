namespace KooMessage.Platform.Hosting;

public static class GracefulShutdown
{
    /// <summary>The host's stop budget is <c>Shutdown:Timeout</c>; what stops within it is described on <see cref="ShutdownOptions"/>.</summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShutdownOptions>(configuration.GetSection(ShutdownOptions.Section));
        var timeout = (configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>() ?? new ShutdownOptions()).Timeout;
        services.Configure<HostOptions>(host => host.ShutdownTimeout = timeout);
        return services;
    }
}
