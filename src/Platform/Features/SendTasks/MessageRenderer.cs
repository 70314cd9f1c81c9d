using System.Text;
using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>Renders a recipient's text: 【signature】 + template content with its values and its short link (pure).</summary>
public static class MessageRenderer
{
    public static string Render(string signature, string content, IReadOnlyList<TemplateVariable> variables, IReadOnlyList<string> values, string? shortLinkUrl)
    {
        var ordered = variables.Where(v => v.Type != TemplateVariableType.ShortLink).OrderBy(v => v.Index).ToList();
        var builder = new StringBuilder(signature.Length + content.Length + 64).Append('【').Append(signature).Append('】');
        var position = 0;
        foreach (var placeholder in TemplateRules.Placeholders(content))
        {
            builder.Append(content, position, placeholder.Start - position);
            var variable = variables.FirstOrDefault(v => v.Index == placeholder.Index);
            if (variable?.Type == TemplateVariableType.ShortLink)
                builder.Append(shortLinkUrl);
            else
            {
                var slot = ordered.FindIndex(v => v.Index == placeholder.Index);
                builder.Append(slot >= 0 && slot < values.Count ? values[slot] : string.Empty);
            }
            position = placeholder.End;
        }
        return builder.Append(content, position, content.Length - position).ToString();
    }
}
