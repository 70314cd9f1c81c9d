using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KooMessage.Platform.Domain;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Limits;
using KooMessage.Platform.GraphQL.Mutations;
using KooMessage.Platform.Tenancy;
using KooMessage.Platform.Transport;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>
/// <c>addTrustedDocuments</c>: a platform admin registers another client's persisted-documents manifest,
/// so that client can run by <c>documentId</c> (and only such documents run with
/// <c>GraphQL:TrustedDocumentsOnly</c>). All or nothing: one bad entry stores none.
/// </summary>
public sealed class TrustedDocumentMutations : IMutationFields
{
    public const int MaxDocuments = 500;

    public void AddFields(ObjectGraphType mutation)
    {
        mutation.Mutation<AddTrustedDocumentsInput>("addTrustedDocuments")
            .Description("Registers trusted documents (a persisted-documents manifest) that clients may run by documentId (PLATFORM_ADMIN).")
            .Returns<ListGraphType<NonNullGraphType<StringGraphType>>>("ids", "The id of every document of the input, known from now on.")
            .Returns<IntGraphType>("added", "How many of them were not known before.")
            .Errors(typeof(ValidationErrorType))
            .Authorize(Role.PlatformAdmin)
            .Resolve(AddAsync);
    }

    private static async Task<MutationPayload> AddAsync(IResolveFieldContext ctx, AddTrustedDocumentsInput input)
    {
        var limits = ctx.Service<IOptions<DocumentLimits>>().Value;
        var validator = new InputValidator();
        if (input.Documents.Count is 0 or > MaxDocuments)
            validator.Fail("documents", $"documents must hold 1–{MaxDocuments} entries (got {input.Documents.Count}).");
        var hashes = new List<string>();
        for (var i = 0; i < input.Documents.Count && validator.IsValid; i++)
        {
            var entry = input.Documents[i];
            var field = $"documents[{i}]";
            if (!TrustedDocumentStore.TryParseId(entry.Id, out var hash))
                validator.Fail(field + ".id", $"{field}.id must be \"sha256:\" followed by 64 hex digits.");
            else if (AutomaticPersistedQueries.Hash(entry.Document) != hash)
                validator.Fail(field + ".document", $"The SHA-256 of {field}.document is not its id.");
            else if (ParsedOperation.Parse(entry.Document, null, limits) is not { Rejection: null, Document: { } document }
                || !document.Definitions.OfType<GraphQLOperationDefinition>().Any())
                validator.Fail(field + ".document", $"{field}.document is not a GraphQL operation within the document limits.");
            hashes.Add(hash);
        }
        validator.ThrowIfInvalid();

        var store = ctx.Service<TrustedDocumentStore>();
        var added = 0;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (await store.AddAsync(hashes[i], input.Documents[i].Document, ctx.CancellationToken))
                added++;
        }
        return MutationPayload.Success(("ids", hashes.Select(h => "sha256:" + h).ToList()), ("added", added));
    }
}
