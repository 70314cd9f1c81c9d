namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>Configuration section "GraphQL": the limits every request is held to.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting allowed (introspection-only documents are exempt).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest cost: every field costs 1, multiplied by the page size of the lists around it.</summary>
    public int MaxComplexity { get; set; } = 5000;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest JSON request body (bytes); multipart uploads have their own limits.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest HTTP response body (bytes); a larger result is replaced by a <c>RESPONSE_TOO_LARGE</c> error.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Operations in one batched HTTP request (a JSON array); each is held to every other limit.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Who may introspect: Enabled (everyone), Authenticated or Disabled.</summary>
    public Authorization.IntrospectionAccess Introspection { get; set; } = Authorization.IntrospectionAccess.Enabled;

    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;
}
