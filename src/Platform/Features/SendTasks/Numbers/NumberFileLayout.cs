using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// How rows are read: phone, then one value per column (each checked by its rule), then an optional
/// https custom URL (smart-task files only [console]). The columns are the SMS template's non-link
/// variables in index order for a smart task, the video template's placeholders for a video task.
/// </summary>
public sealed record NumberFileLayout(IReadOnlyList<Func<string, bool>> Columns, bool AllowCustomUrl)
{
    /// <summary>The SMS template's variables except the short link, in index order, each checked by its type.</summary>
    public static NumberFileLayout ForSmsTemplate(IEnumerable<TemplateVariable> variables, bool allowCustomUrl)
        => new(variables.Where(v => v.Type != TemplateVariableType.ShortLink).OrderBy(v => v.Index)
            .Select(v => (Func<string, bool>)(value => TemplateRules.Accepts(v, value))).ToList(), allowCustomUrl);
}
