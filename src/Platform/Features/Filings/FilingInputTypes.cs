using GraphQL.Types;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingDocumentInputType : InputObjectGraphType<FilingDocumentInput>
{
    public FilingDocumentInputType()
    {
        Name = "FilingDocumentInput";
        Field(x => x.Type).Description("Which document.");
        Field(x => x.FileId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An uploaded file of the tenant (see uploadFile).");
    }
}

public sealed class SaveFilingInputType : InputObjectGraphType<SaveFilingInput>
{
    public SaveFilingInputType()
    {
        Name = "SaveFilingInput";
        Field(x => x.ProductArea).Description("The area; one filing per area.");
        Field(x => x.Kinds).Description("SMART_MESSAGE only: SEND_TASK and/or SHORT_LINK.");
        Field(x => x.Documents, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<FilingDocumentInputType>>>))
            .Description("All documents of the filing (replaces the previous list).");
    }
}

public sealed class SubmitFilingInputType : InputObjectGraphType<SubmitFilingInput>
{
    public SubmitFilingInputType()
    {
        Name = "SubmitFilingInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The filing.");
    }
}
