using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.Tenancy.Resolution;

namespace KooMessage.Platform.Observability;

/// <summary>
/// Wraps every GraphQL execution (all transports go through the one executer): a span named after the
/// operation with its type, tenant, cost and error codes; the request counter and duration histogram;
/// and the operation name for the request's access-log line. The document and the variables are never
/// recorded: literals and variables carry phone numbers and message text.
/// </summary>
public sealed class GraphQLOperationTelemetry(PlatformMetrics metrics) : IConfigureExecution
{
    /// <summary>Operation names are chosen by clients; past this many distinct ones, metrics say "other" so series stay bounded.</summary>
    private const int MaxDistinctNames = 200;

    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    /// <summary>Outermost, so the span and the duration cover validation and every other configured step.</summary>
    public float SortOrder => float.MinValue;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var definition = FindOperation(options.Document, options.OperationName);
        var name = definition?.Name?.StringValue ?? options.OperationName ?? "anonymous";
        var type = definition?.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        options.RequestServices?.GetService<RequestLogContext>()?.AddOperation(name);
        var tenantId = options.RequestServices?.GetService<TenantContext>()?.TenantId;

        using var activity = PlatformTelemetry.Source.StartActivity($"{type} {name}");
        activity?.SetTag("graphql.operation.name", name);
        activity?.SetTag("graphql.operation.type", type);
        if (tenantId is not null)
            activity?.SetTag("koomessage.tenant.id", tenantId.ToString());

        var started = Stopwatch.GetTimestamp();
        var result = await next(options);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var codes = result.Errors?.Select(e => e.Code ?? "ERROR").Distinct(StringComparer.Ordinal).ToArray() ?? [];
        var outcome = codes.Length == 0 ? "ok" : "error";
        if (activity is not null)
        {
            if (options.UserContext.TryGetValue(OperationCost.UserContextKey, out var cost) && cost is IReadOnlyDictionary<string, object?> described)
                activity.SetTag("graphql.operation.cost", described["requested"]);
            if (codes.Length > 0)
            {
                activity.SetTag("graphql.error.codes", codes);
                activity.SetStatus(ActivityStatusCode.Error, string.Join(",", codes));
            }
        }
        var metricName = Bounded(name);
        metrics.Requests.Add(1, new("operation", metricName), new("type", type), new("outcome", outcome));
        metrics.Duration.Record(elapsed.TotalSeconds, new("operation", metricName), new("type", type));
        return result;
    }

    private string Bounded(string name)
    {
        if (_names.ContainsKey(name))
            return name;
        if (_names.Count >= MaxDistinctNames || name.Length > 100)
            return "other";
        _names.TryAdd(name, 0);
        return name;
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
