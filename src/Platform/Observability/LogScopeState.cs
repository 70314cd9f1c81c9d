namespace KooMessage.Platform.Observability;

/// <summary>
/// Named values for a logging scope: JSON logs write them as the scope's properties, the simple
/// console format as <c>Name:value</c> pairs (a bare array would print as its type name).
/// </summary>
public sealed class LogScopeState(params KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => values.Length;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", values.Select(v => $"{v.Key}:{v.Value}"));
}
