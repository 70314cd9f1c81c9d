using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// How rows are read: phone, then one value per column (each checked by its rule), then an optional
/// https custom URL (smart-task files only [console]). The columns are the SMS template's non-link
/// variables in index order for a smart task, the video template's placeholders for a video task.
/// A smart task may instead declare its file's cells (<see cref="Header"/>: 'phone' first, '${n}' per variable,
/// an optional 'customUrl', any other name for card values); a row then has exactly those cells (the customUrl
/// cell may be left off when last) and <see cref="ValueCells"/> says which cell holds each column's value.
/// <see cref="CardValues"/> fills the card's parameters, one per parameter in the card's order.
/// </summary>
public sealed record NumberFileLayout(IReadOnlyList<Func<string, bool>> Columns, bool AllowCustomUrl)
{
    public const string PhoneColumn = "phone";
    public const string CustomUrlColumn = "customUrl";

    /// <summary>The cells a task declared, by name; null for the default layout.</summary>
    public IReadOnlyList<string>? Header { get; init; }

    /// <summary>With a <see cref="Header"/>: the cell of each of <see cref="Columns"/>, in their order.</summary>
    public IReadOnlyList<int> ValueCells { get; init; } = [];

    public IReadOnlyList<CardValueSource> CardValues { get; init; } = [];

    public static string VariableColumn(int index) => $"${{{index}}}";

    /// <summary>The SMS template's variables except the short link, in index order, each checked by its type.</summary>
    public static NumberFileLayout ForSmsTemplate(IEnumerable<TemplateVariable> variables, bool allowCustomUrl)
        => new(SmsVariables(variables).Select(v => (Func<string, bool>)(value => TemplateRules.Accepts(v, value))).ToList(), allowCustomUrl);

    /// <summary>The variables a row gives values for: all but the short link, in index order.</summary>
    public static IReadOnlyList<TemplateVariable> SmsVariables(IEnumerable<TemplateVariable> variables)
        => variables.Where(v => v.Type != TemplateVariableType.ShortLink).OrderBy(v => v.Index).ToList();
}
