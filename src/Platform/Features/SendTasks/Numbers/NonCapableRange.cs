using KooMessage.Platform.Data;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// An operator-managed number range (a prefix of the 11-digit national number, e.g. "170") whose
/// phones cannot render smart cards. Platform-wide, managed by reviewers and admins.
/// </summary>
public sealed class NonCapableRange : Entity, INodeEntity
{
    public static string GraphTypeName => "NonCapableRange";

    public static string Noun => "range";

    private NonCapableRange()
    {
    }

    public string Prefix { get; private set; } = null!;

    public string? Note { get; private set; }

    public static NonCapableRange Create(string prefix, string? note) => new() { Prefix = prefix, Note = note?.Trim() };
}
