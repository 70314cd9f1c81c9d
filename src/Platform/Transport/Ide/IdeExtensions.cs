using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Ide;

public static class IdeExtensions
{
    public static IServiceCollection AddGraphQLIde(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.Section));
        services.AddSingleton<IdePage>();
        return services;
    }

    /// <summary>The IDE in front of GraphQL over HTTP, when <c>Ide:Enabled</c> (by default: in Development).</summary>
    public static IApplicationBuilder UseGraphQLIde(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<IdeOptions>>().Value;
        var enabled = options.Enabled ?? app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        return enabled ? app.UseMiddleware<IdeMiddleware>() : app;
    }
}
