using GraphQL.Types;
using KooMessage.Platform.Files;
using KooMessage.Platform.GraphQL.DataLoaders;

namespace KooMessage.Platform.Features.Filings;

public sealed class FilingDocumentType : ObjectGraphType<FilingDocument>
{
    public FilingDocumentType()
    {
        Name = "FilingDocument";
        Description = "A document attached to a filing.";
        Field(x => x.Type).Description("Which document it is.");
        Field<FileRefType>("file").Description("The uploaded file.").Resolve(c => EntityLoaders.ById<StoredFile>(c).Load(c.Source.FileId));
    }
}
