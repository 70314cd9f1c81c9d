using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Relay;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.Filings;

/// <summary>
/// A tenant's filing (企业备案) for one product area, reviewed by the platform. The approved
/// documents are kept apart from the ones being edited, so an approved filing stays in force while
/// its next revision is in review.
/// </summary>
public sealed class Filing : ReviewableEntity, INodeEntity
{
    public static string GraphTypeName => "Filing";

    public static string Noun => "filing";

    private Filing()
    {
    }

    public ProductArea ProductArea { get; private set; }

    public SmartMessageUsage Usage { get; private set; }

    public List<FilingDocument> Documents { get; private set; } = [];

    public SmartMessageUsage ApprovedUsage { get; private set; }

    public List<FilingDocument> ApprovedDocuments { get; private set; } = [];

    public override string ReviewTitle => $"{EnumNames.Of(ProductArea)} filing";

    public static Filing Start(ProductArea area) => new() { ProductArea = area };

    /// <summary>Replaces what the filing says; the caller has checked files exist and match their slots.</summary>
    public void ReplaceContents(SmartMessageUsage usage, IReadOnlyList<FilingDocument> documents)
    {
        new InputValidator().ValidateContents(ProductArea, usage, documents.Select(d => d.Type).ToList()).ThrowIfInvalid();
        Usage = usage;
        Documents = documents.ToList();
    }

    protected override void ValidateForSubmission()
        => new InputValidator()
            .ValidateContents(ProductArea, Usage, Documents.Select(d => d.Type).ToList())
            .ValidateComplete(ProductArea, Documents.Select(d => d.Type))
            .ThrowIfInvalid();

    protected override void OnApproved(DateTime now)
    {
        ApprovedUsage = Usage;
        // Copies, not the same instances: one object in two owned collections is one entity tracked as two types.
        ApprovedDocuments = Documents.Select(d => d with { }).ToList();
    }
}
