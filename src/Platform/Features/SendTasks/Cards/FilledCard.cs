using System.Text.Json.Serialization;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A card with one recipient's values filled in: what the card page shows and what
/// <c>Accept: application/json</c> answers for a phone-side renderer.
/// </summary>
public sealed record FilledCard(string Name, IReadOnlyList<FilledCardPage> Pages, IReadOnlyDictionary<string, string> Parameters)
{
    [JsonIgnore]
    public IEnumerable<FilledCardComponent> Components => Pages.SelectMany(p => p.Components);
}
