using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingType : ReviewableObjectType<Filing>
{
    public FilingType() : base("Filing", "A filing (企业备案) for one product area, reviewed by the platform.")
    {
        Field(x => x.ProductArea).Description("The product area it covers.");
        Field<IEnumerable<FilingKind>>("kinds").Description("SMART_MESSAGE only: what it covers.")
            .Resolve(c => FilingRules.KindsOf(c.Source.Usage));
        Field(x => x.Documents).Description("The documents of the latest revision.");
        Field<IEnumerable<FilingKind>>("approvedKinds").Description("The kinds of the approved revision in force.")
            .Resolve(c => FilingRules.KindsOf(c.Source.ApprovedUsage));
        Field(x => x.ApprovedDocuments).Description("The documents of the approved revision in force.");
    }
}
