namespace KooMessage.Platform.Features.Filings;

public static class FilingsFeature
{
    /// <summary>
    /// Filings and the enterprise profile need no services, options or endpoints: their fields,
    /// review subject and mappings are found in the assembly by convention. Listed anyway, so every
    /// feature is registered in the same place and the next option has an obvious home.
    /// </summary>
    public static IServiceCollection AddFilings(this IServiceCollection services, IConfiguration configuration) => services;
}
