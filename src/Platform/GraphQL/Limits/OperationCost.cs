namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// The computed cost of an operation, returned in the response's <c>extensions.cost</c> when the client
/// asks (HTTP header <c>GraphQL-Cost: report</c>, or <c>extensions.cost: true</c> in the request, as
/// HotChocolate does): what it cost (see <see cref="LimitsComplexityValidationRule"/>), the maximum
/// allowed, and its depth. A refused operation reports its cost too, so a client learns by how much it
/// is over.
/// </summary>
public static class OperationCost
{
    public const string Header = "GraphQL-Cost";
    public const string ExtensionKey = "cost";

    /// <summary>Where the validation rule leaves the cost for the executor (the execution's user context).</summary>
    public const string UserContextKey = "koomessage.cost";

    public static bool IsRequested(HttpRequest request)
        => request.Headers[Header].Any(v => string.Equals(v?.Trim(), "report", StringComparison.OrdinalIgnoreCase));

    public static bool IsRequested(IReadOnlyDictionary<string, object?>? extensions)
        => extensions?.TryGetValue(ExtensionKey, out var value) == true && value is true or "report";

    public static Dictionary<string, object?> Describe(double cost, int? maximum, int depth) => new()
    {
        ["requested"] = (long)Math.Ceiling(cost),
        ["maximum"] = maximum,
        ["depth"] = depth,
    };
}
