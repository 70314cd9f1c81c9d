using KooMessage.Platform.Domain;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>The workflow, the review calendar and every <see cref="IReviewSubject"/> registration in the assembly.</summary>
    public static IServiceCollection AddKooMessageReviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section))
            .Validate(ValidCalendar, "Reviews: invalid business calendar (TimeZone, WorkingHours, Holidays, WorkingWeekendDays).")
            .ValidateOnStart();
        services.AddSingleton<BusinessCalendar>(sp => sp.GetRequiredService<IOptions<ReviewOptions>>().Value.ToCalendar());
        services.AddScoped<ReviewWorkflow>();
        services.AddScoped<ReviewerAccess>();
        services.AddSingleton<ReviewSubjects>();
        services.AddSingleton<Observability.IPlatformGauge, ReviewQueueGauge>();
        foreach (var type in typeof(ReviewsServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReviewSubject).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IReviewSubject), type);
        return services;
    }

    /// <summary>A start-up with a calendar that cannot be built stops with the reason, not at the first submission.</summary>
    private static bool ValidCalendar(ReviewOptions options)
    {
        try
        {
            options.ToCalendar();
            return true;
        }
        catch (ArgumentException e)
        {
            throw new OptionsValidationException(ReviewOptions.Section, typeof(ReviewOptions), [e.Message]);
        }
    }
}
