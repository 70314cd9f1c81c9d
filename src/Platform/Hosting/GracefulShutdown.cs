using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Hosting;

public static class GracefulShutdown
{
    /// <summary>The host's stop budget is <c>Shutdown:Timeout</c>; what stops within it is described on <see cref="ShutdownOptions"/>.</summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShutdownOptions>(configuration.GetSection(ShutdownOptions.Section));
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        return services;
    }
}
