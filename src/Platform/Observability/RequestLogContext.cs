namespace KooMessage.Platform.Observability;

/// <summary>What a request's access-log line reports beyond HTTP itself: the GraphQL operations it ran (scoped).</summary>
public sealed class RequestLogContext
{
    private readonly List<string> _operations = [];

    public void AddOperation(string name)
    {
        lock (_operations)
            _operations.Add(name);
    }

    /// <summary>The operation names, comma-separated (a batch runs several); null when none ran.</summary>
    public string? Operations
    {
        get
        {
            lock (_operations)
                return _operations.Count == 0 ? null : string.Join(",", _operations);
        }
    }
}
