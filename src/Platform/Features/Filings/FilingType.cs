using GraphQL.Types;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingType : ReviewableObjectType<Filing>
{
    public FilingType() : base("Filing", "A filing (企业备案) for one product area, reviewed by the platform.")
    {
        Field<NonNullGraphType<ProductAreaType>>("productArea").Description("The product area it covers.").Resolve(c => c.Source.ProductArea);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FilingKindType>>>>("kinds").Description("SMART_MESSAGE only: what it covers.")
            .Resolve(c => FilingRules.KindsOf(c.Source.Usage));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FilingDocumentType>>>>("documents").Description("The documents of the latest revision.")
            .Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FilingKindType>>>>("approvedKinds").Description("The kinds of the approved revision in force.")
            .Resolve(c => FilingRules.KindsOf(c.Source.ApprovedUsage));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FilingDocumentType>>>>("approvedDocuments").Description("The documents of the approved revision in force.")
            .Resolve(c => c.Source.ApprovedDocuments);
    }
}
