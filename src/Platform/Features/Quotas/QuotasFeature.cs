namespace KooMessage.Platform.Features.Quotas;

public static class QuotasFeature
{
    /// <summary>
    /// Packages and quotas (套餐包/资源包): options and the reservation service task creation uses. Its
    /// fields and mappings are found by convention; settlement (<see cref="QuotaSettlement"/>) runs inside
    /// the send-task paths. See docs/quotas.md.
    /// </summary>
    public static IServiceCollection AddQuotas(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QuotaOptions>(configuration.GetSection(QuotaOptions.Section));
        services.AddScoped<QuotaReservations>();
        return services;
    }
}
