using System.ComponentModel;

namespace KooMessage.Platform.GraphQL.PersistedOperations;

public sealed record AddTrustedDocumentsInput
{
    [Description("1–500 documents: the entries of a persisted-documents manifest ({id: document}, as graphql-codegen writes it).")]
    public required List<TrustedDocumentInput> Documents { get; init; }
}

public sealed record TrustedDocumentInput
{
    [Description("\"sha256:\" and the lowercase hex SHA-256 of the document's UTF-8 text (the bare hash is accepted).")]
    public required string Id { get; init; }

    [Description("The GraphQL document exactly as clients will send it; its hash must be the id.")]
    public required string Document { get; init; }
}
