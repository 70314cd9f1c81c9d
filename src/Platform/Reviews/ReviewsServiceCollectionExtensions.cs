namespace KooMessage.Platform.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>The workflow and every <see cref="IReviewSubject"/> registration in the assembly.</summary>
    public static IServiceCollection AddKooMessageReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewWorkflow>();
        services.AddScoped<ReviewerAccess>();
        services.AddSingleton<ReviewSubjects>();
        services.AddSingleton<Observability.IPlatformGauge, ReviewQueueGauge>();
        foreach (var type in typeof(ReviewsServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReviewSubject).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IReviewSubject), type);
        return services;
    }
}
