using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// How rows are read. Without declared <see cref="Columns"/>: phone, then one value per non-link variable
/// of the SMS template (in index order), then an optional https custom URL (files only [console]). With
/// them, the task names every column ('phone' first, '${n}' per variable, an optional 'customUrl', any
/// other name for card values) and a row has exactly those cells (the customUrl cell may be left off when last).
/// <see cref="CardValues"/> fills the card's parameters, one per parameter in the card's order.
/// </summary>
public sealed record NumberFileLayout(IReadOnlyList<TemplateVariable> Variables, bool AllowCustomUrl)
{
    public const string PhoneColumn = "phone";
    public const string CustomUrlColumn = "customUrl";

    public IReadOnlyList<string>? Columns { get; init; }

    public IReadOnlyList<CardValueSource> CardValues { get; init; } = [];

    public static string VariableColumn(int index) => $"${{{index}}}";
}
