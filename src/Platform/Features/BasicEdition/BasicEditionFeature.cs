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
        return services;
    }
}
