using GraphQL.Types;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Reviews;

/// <summary>
/// <c>enum ReviewSubjectKind</c>, assembled when the schema is built from the registered
/// <see cref="IReviewSubject"/>s: a feature that registers a reviewable kind adds its value here
/// without Reviews/ changing. A value's internal value is the stored kind name.
/// </summary>
public sealed class ReviewSubjectKindType : EnumerationGraphType
{
    public ReviewSubjectKindType(ReviewSubjects subjects)
    {
        Name = "ReviewSubjectKind";
        Description = "What kind of item a review is about.";
        foreach (var subject in subjects.All)
            Add(EnumNames.ScreamingCase(subject.Kind), subject.Kind, subject.Description);
    }
}
