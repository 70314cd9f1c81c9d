using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Reviews;

/// <summary>All registered reviewable kinds, by kind and by GraphQL type name.</summary>
public sealed class ReviewSubjects(IEnumerable<IReviewSubject> registrations)
{
    private readonly IReadOnlyList<IReviewSubject> _all = registrations.ToList();

    public IReviewSubject Of(ReviewSubjectKind kind)
        => _all.FirstOrDefault(r => r.Kind == kind) ?? throw new InvalidOperationException($"No review subject is registered for {kind}.");

    public IReviewSubject? ByGraphTypeName(string typeName) => _all.FirstOrDefault(r => r.GraphTypeName == typeName);

    public string GlobalIdOf(ReviewSubjectKind kind, Guid id) => GlobalId.Encode(Of(kind).GraphTypeName, id);
}
