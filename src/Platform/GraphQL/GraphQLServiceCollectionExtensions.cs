using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL.Authorization;
using KooMessage.Platform.GraphQL.Connections;
using KooMessage.Platform.GraphQL.DataLoaders;
using KooMessage.Platform.GraphQL.Filtering;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.GraphQL.PersistedOperations;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.Transport;

namespace KooMessage.Platform.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The schema (assembled from every feature's contributions), its conventions and limits, and the
    /// executer every transport shares.
    /// </summary>
    public static IServiceCollection AddKooMessageGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.Configure<GraphQLLimits>(configuration.GetSection(GraphQLLimits.Section));
        services.Configure<DocumentLimits>(configuration.GetSection(DocumentLimits.Section));
        services.AddSingleton(LimitsComplexityValidationRule.CreateOptions(limits));
        services.AddSingleton<UnhandledExceptionLogger>();
        services.AddScoped<DataLoaderContext>();
        services.AddSingleton<GraphQLOperationExecutor>();
        services.Configure<DocumentCacheOptions>(configuration.GetSection(DocumentCacheOptions.Section));
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQLMultipartReader>();
        services.Configure<PersistedQueryOptions>(configuration.GetSection(PersistedQueryOptions.Section));
        services.AddSingleton<AutomaticPersistedQueries>();
        services.Configure<TrustedDocumentOptions>(configuration.GetSection(TrustedDocumentOptions.Section));
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<PersistedOperationResolver>();
        // Response buffers come from one pool with a bounded free list, so a burst of large responses
        // leaves no large heap behind (the pool keeps at most MaximumFree*Bytes for reuse).
        services.AddSingleton(new Microsoft.IO.RecyclableMemoryStreamManager(new Microsoft.IO.RecyclableMemoryStreamManager.Options
        {
            BlockSize = 64 * 1024,
            LargeBufferMultiple = 1024 * 1024,
            MaximumBufferSize = 16 * 1024 * 1024,
            MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
            MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
        }));

        // Generic graph types are closed per node type; DI builds them on demand.
        services.AddTransient(typeof(ConnectionType<>));
        services.AddTransient(typeof(EdgeType<>));
        services.AddTransient(typeof(EnumOperationFilterInputType<>));
        services.AddTransient(typeof(EnumType<>));

        foreach (var type in typeof(GraphQLServiceCollectionExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type))
                services.AddSingleton(typeof(IQueryFields), type);
            if (typeof(IMutationFields).IsAssignableFrom(type))
                services.AddSingleton(typeof(IMutationFields), type);
            if (typeof(ISubscriptionFields).IsAssignableFrom(type))
                services.AddSingleton(typeof(ISubscriptionFields), type);
        }

        services.AddGraphQL(builder => builder
            .AddSchema<KooMessageSchema>()
            // Chinese text and apostrophes stay readable instead of \uXXXX escapes; still valid, safe JSON.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(KooMessageSchema).Assembly)
            // Field(x => x.Pages) finds the graph type of a property's CLR type: the one declared for it, or the enum convention.
            .AddClrTypeMappings(typeof(KooMessageSchema).Assembly)
            .AddGraphTypeMappingProvider(new EnumTypeMappingProvider())
            // An input record (CreateSmsAppInput) used by its CLR type is the input type the convention generates from it.
            .AddGraphTypeMappingProvider(new InputObjectConvention())
            .AddErrorInfoProvider<KooErrorInfoProvider>()
            // Resolvers share the request's DbContext, which is not thread-safe: queries run serially;
            // DataLoaders still batch every sibling field's keys into one statement.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // These depend on the caller or the variables, so they run for cached documents too (see DocumentCache).
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            .AddValidationRule<IntrospectionValidationRule>(useForCachedDocuments: true)
            .AddValidationRule<LimitsComplexityValidationRule>(useForCachedDocuments: true)
            .AddValidationRule<QueryArgumentLimitsValidationRule>(useForCachedDocuments: true)
            .ConfigureExecution<CachedDocumentValidation>()
            .WithTimeout(limits.ExecutionTimeout, TimeoutAction.ReturnTimeoutError)
            .ConfigureExecutionOptions(options =>
            {
                var logger = options.RequestServices!.GetRequiredService<UnhandledExceptionLogger>();
                options.UnhandledExceptionDelegate = logger.HandleAsync;
            }));
        return services;
    }
}
