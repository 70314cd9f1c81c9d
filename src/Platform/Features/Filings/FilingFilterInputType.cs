using KooMessage.Platform.GraphQL.Filtering;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingFilterInputType : FilterInputType<Filing>
{
    public FilingFilterInputType() : base("FilingFilterInput", "Conditions on filings.")
    {
        Enum("productArea", f => f.ProductArea);
        Enum("reviewStatus", f => f.ReviewStatus);
        Flag("hasApprovedRevision", f => f.HasApprovedRevision);
        Time("submittedAt", f => f.SubmittedAt);
    }
}
