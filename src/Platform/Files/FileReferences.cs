using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Errors;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Files;

/// <summary>
/// Resolves a file reference from an input: it must name one of the tenant's own files (another
/// tenant's file looks exactly like a missing one) of an accepted type.
/// </summary>
public static class FileReferences
{
    public static async Task<StoredFile> RequireAsync(KooMessageDbContext db, string field, string? fileId,
        IReadOnlyCollection<FileKind> accepted, CancellationToken cancellationToken)
    {
        var file = await GlobalIdLookup.RequireAsync(db.Set<StoredFile>(), field, fileId, "FileRef", "file", cancellationToken);
        if (!accepted.Contains(file.Kind))
            throw new DomainException(new ValidationError(field,
                $"{field} must be a {string.Join(" or ", accepted.Select(k => k.ToString().ToUpperInvariant()))} file; '{file.Name}' is {file.Kind.ToString().ToUpperInvariant()}."));
        return file;
    }
}
