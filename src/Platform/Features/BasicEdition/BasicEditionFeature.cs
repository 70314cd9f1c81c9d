using KooMessage.Platform.Features.SendTasks.Dispatch;

namespace KooMessage.Platform.Features.BasicEdition;

public static class BasicEditionFeature
{
    /// <summary>
    /// Options and services of the basic edition (智能信息基础版, video SMS). Its fields, review subject,
    /// mappings and the public-template seeder are found in the assembly by convention.
    /// </summary>
    public static IServiceCollection AddBasicEdition(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BasicEditionOptions>(configuration.GetSection(BasicEditionOptions.Section));
        services.AddScoped<VideoResourceResolver>();
        services.AddScoped<VideoTaskCreator>();
        services.AddSingleton<IMessageComposer, VideoMessageComposer>();
        return services;
    }

    /// <summary>The sample number file of a video template.</summary>
    public static void MapBasicEdition(this IEndpointRouteBuilder endpoints) => VideoTaskSampleEndpoint.Map(endpoints);
}
