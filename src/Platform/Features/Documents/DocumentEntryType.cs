using GraphQL.Types;

namespace KooMessage.Platform.Features.Documents;

public sealed class DocumentEntryType : ObjectGraphType<DocumentEntry>
{
    public DocumentEntryType()
    {
        Name = "DocumentTemplate";
        Description = "A document to download (下载《…》): a letter or form uploaded by the platform, or a number-file sample it generates.";
        Field(x => x.Area).Description("The product area it belongs to.");
        Field(x => x.Kind).Description("Which document it is.");
        Field(x => x.FileName).Description("The name it downloads as.");
        Field(x => x.ContentType).Description("Its media type.");
        Field(x => x.Size).Description("Bytes.");
        Field(x => x.Generated).Description("True for the number-file samples the platform writes itself; false for uploaded templates.");
        Field(x => x.UpdatedAt, nullable: true).Description("When an admin last uploaded it (null for generated documents).");
        Field(x => x.DownloadUrl).Description("GET this path with the same credentials as /graphql.");
    }
}
