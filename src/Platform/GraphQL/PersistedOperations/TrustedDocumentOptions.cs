namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>Configuration section "GraphQL": whether the server runs only trusted documents.</summary>
public sealed class TrustedDocumentOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Run only trusted documents, sent by <c>documentId</c> (or by an automatic persisted query's
    /// hash of one): free query text is refused with <c>PERSISTED_DOCUMENT_REQUIRED</c>.
    /// </summary>
    public bool TrustedDocumentsOnly { get; set; }
}
