namespace KooMessage.Platform.Deletion;

/// <summary>Every registered deletable kind, by the type name of its global IDs. Nothing in Deletion/ names a feature.</summary>
public sealed class DeletionSubjects
{
    private readonly Dictionary<string, IDeletionSubject> _byGraphTypeName = [];

    public DeletionSubjects(IEnumerable<IDeletionSubject> registrations)
    {
        foreach (var registration in registrations)
        {
            // Two registrations for one type name would make `delete` depend on registration order: stop start-up instead.
            if (!_byGraphTypeName.TryAdd(registration.GraphTypeName, registration))
                throw new InvalidOperationException(
                    $"{_byGraphTypeName[registration.GraphTypeName].GetType().Name} and {registration.GetType().Name} both register '{registration.GraphTypeName}'.");
        }
    }

    public IReadOnlyCollection<string> GraphTypeNames => _byGraphTypeName.Keys;

    public IDeletionSubject? ByGraphTypeName(string typeName) => _byGraphTypeName.GetValueOrDefault(typeName);
}
