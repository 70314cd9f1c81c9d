using GraphQL.Types;

namespace KooMessage.Platform.Features.Dashboard;

public sealed class FilingCountType : ObjectGraphType<FilingCount>
{
    public FilingCountType()
    {
        Name = "FilingCount";
        Description = "The tenant's filings (备案) of one product area in one review status.";
        Field(x => x.Area).Description("The product area.");
        Field(x => x.Status).Description("The review status.");
        Field(x => x.Count).Description("Filings in that area and status.");
    }
}
