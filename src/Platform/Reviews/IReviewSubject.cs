using KooMessage.Platform.Data;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// Registers one reviewable kind with the workflow: its kind, its GraphQL type name (for global IDs)
/// and how to load it. Features add one small subclass of <see cref="ReviewSubject{T}"/> beside the
/// entity; it is discovered, and its kind becomes a value of the schema's <c>ReviewSubjectKind</c>.
/// </summary>
public interface IReviewSubject
{
    /// <summary>
    /// The kind's name in PascalCase (<c>SmsTemplate</c>): stored in review tickets and events, and
    /// spelled SCREAMING_CASE (<c>SMS_TEMPLATE</c>) in the schema, as every enum value is.
    /// </summary>
    string Kind { get; }

    /// <summary>The schema's description of the kind's enum value.</summary>
    string Description { get; }

    string GraphTypeName { get; }

    /// <summary>How long reviewers have for a submission of this kind, in working time (the due time of each submission).</summary>
    ReviewSla Sla { get; }

    Type EntityType { get; }

    Task<IReadOnlyDictionary<Guid, ReviewableEntity>> FindManyAsync(KooMessageDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken);
}
