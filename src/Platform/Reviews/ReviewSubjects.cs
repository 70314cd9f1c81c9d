using System.Text.RegularExpressions;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Every registered reviewable kind, by kind, by entity type and by GraphQL type name. Which kinds
/// exist is whatever the features register; nothing in Reviews/ names one.
/// </summary>
public sealed partial class ReviewSubjects
{
    /// <summary>Length of the kind columns of review tickets and events.</summary>
    public const int KindMax = 40;

    private readonly Dictionary<string, IReviewSubject> _byKind;
    private readonly Dictionary<Type, IReviewSubject> _byEntityType;
    private readonly Dictionary<string, IReviewSubject> _byGraphTypeName;

    public ReviewSubjects(IEnumerable<IReviewSubject> registrations)
    {
        All = registrations.OrderBy(r => r.Kind, StringComparer.Ordinal).ToList();
        // A malformed or repeated registration stops start-up rather than mixing two kinds in one queue.
        if (All.FirstOrDefault(r => r.Kind.Length > KindMax || !PascalCase().IsMatch(r.Kind)) is { } malformed)
            throw new InvalidOperationException($"{malformed.GetType().Name} registers kind '{malformed.Kind}'; a kind is PascalCase, at most {KindMax} characters.");
        _byKind = Index(r => r.Kind, "kind");
        _byEntityType = Index(r => r.EntityType, "entity");
        _byGraphTypeName = Index(r => r.GraphTypeName, "GraphQL type");
    }

    /// <summary>Ordered by kind, so the schema lists them the same way on every start.</summary>
    public IReadOnlyList<IReviewSubject> All { get; }

    public IReviewSubject Of(string kind)
        => _byKind.GetValueOrDefault(kind) ?? throw new InvalidOperationException($"No review subject is registered for kind '{kind}'.");

    public IReviewSubject Of(ReviewableEntity subject)
        => _byEntityType.GetValueOrDefault(subject.GetType())
            ?? throw new InvalidOperationException($"{subject.GetType().Name} is reviewable but registers no review subject; add a {subject.GetType().Name}ReviewSubject beside it.");

    public IReviewSubject? ByGraphTypeName(string typeName) => _byGraphTypeName.GetValueOrDefault(typeName);

    public string GlobalIdOf(string kind, Guid id) => GlobalId.Encode(Of(kind).GraphTypeName, id);

    private Dictionary<TKey, IReviewSubject> Index<TKey>(Func<IReviewSubject, TKey> key, string what)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, IReviewSubject>();
        foreach (var registration in All)
        {
            if (!index.TryAdd(key(registration), registration))
                throw new InvalidOperationException($"{index[key(registration)].GetType().Name} and {registration.GetType().Name} register the same {what}, '{key(registration)}'.");
        }
        return index;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}
