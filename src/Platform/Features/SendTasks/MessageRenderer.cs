using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Renders a recipient's text: 【signature】 + template content with its values and its short link (pure).</summary>
public static class MessageRenderer
{
    public static string Render(string signature, string content, IReadOnlyList<TemplateVariable> variables, IReadOnlyList<string> values, string? shortLinkUrl)
        => Compile(signature, content, variables).Render(values, shortLinkUrl);

    /// <summary>
    /// The text cut once into its fixed parts and its slots, so that a task's messages are rendered
    /// without finding the template's placeholders again for every recipient. A value slot is the
    /// position of its variable among the non-link variables in index order (recipients' values come in
    /// that order); a placeholder without a variable renders empty.
    /// </summary>
    public static CompiledMessage Compile(string signature, string content, IReadOnlyList<TemplateVariable> variables)
    {
        var ordered = variables.Where(v => v.Type != TemplateVariableType.ShortLink).OrderBy(v => v.Index).ToList();
        var fixedParts = new List<string>();
        var slots = new List<int>();
        var part = "【" + signature + "】";
        var position = 0;
        foreach (var placeholder in TemplateRules.Placeholders(content))
        {
            fixedParts.Add(part + content[position..placeholder.Start]);
            var variable = variables.FirstOrDefault(v => v.Index == placeholder.Index);
            slots.Add(variable?.Type == TemplateVariableType.ShortLink ? CompiledMessage.LinkSlot : ordered.FindIndex(v => v.Index == placeholder.Index));
            part = string.Empty;
            position = placeholder.End;
        }
        fixedParts.Add(part + content[position..]);
        return new CompiledMessage(fixedParts, slots);
    }
}
