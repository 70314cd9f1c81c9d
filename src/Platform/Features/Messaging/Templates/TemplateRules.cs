using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// Pure rules of SMS template content (DOMAIN.md "SmsTemplate"): variables ${1}…${20} each defined
/// once with a type and max length; no two adjacent; not all-variable; exactly one SHORT_LINK when
/// used for smart messages; promotional content ends with 拒收请回复R.
/// </summary>
public static partial class TemplateRules
{
    public const int MaxVariables = 20;
    public const int NameMax = 30;

    /// <summary>申请说明 of a template, as long as a signature's [console].</summary>
    public const int NoteMax = 80;
    public const string PromotionSuffix = "拒收请回复R";

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_]+$")]
    private static partial Regex CharDigitPattern();

    [GeneratedRegex(@"^\+?[0-9]+(-[0-9]+)*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]{1,2})?$")]
    private static partial Regex MoneyPattern();

    public static (int Min, int Max) LengthRange(TemplateVariableType type) => type switch
    {
        TemplateVariableType.Phone => (1, 15),
        TemplateVariableType.ShortLink => (0, 0),
        _ => (1, 20),
    };

    /// <summary>Every ${…} occurrence; an index that is not 1–20 is reported with Index 0.</summary>
    public static IReadOnlyList<TemplatePlaceholder> Placeholders(string content)
        => PlaceholderPattern().Matches(content)
            .Select(m => new TemplatePlaceholder(
                int.TryParse(m.Groups[1].ValueSpan, out var i) && i is >= 1 and <= MaxVariables && m.Groups[1].Value == i.ToString() ? i : 0,
                m.Index, m.Length))
            .ToList();

    public static InputValidator ValidateTemplate(this InputValidator v, SmsType type, string? content,
        IReadOnlyList<TemplateVariable> variables, bool forSmartMessages, int maxContentLength)
    {
        v.Length("content", content, 1, maxContentLength);
        if (string.IsNullOrWhiteSpace(content))
            return v;

        var placeholders = Placeholders(content);
        if (placeholders.Any(p => p.Index == 0))
            v.Fail("content", $"Variables are written ${{1}} to ${{{MaxVariables}}}.");
        if (variables.Count > MaxVariables)
            v.Fail("variables", $"A template has at most {MaxVariables} variables.");

        for (var i = 0; i < variables.Count; i++)
        {
            var variable = variables[i];
            var (min, max) = LengthRange(variable.Type);
            if (variable.Index is < 1 or > MaxVariables)
                v.Fail($"variables[{i}].index", $"index must be 1–{MaxVariables}.");
            else if (variables.Take(i).Any(other => other.Index == variable.Index))
                v.Fail($"variables[{i}].index", $"${{{variable.Index}}} is defined twice.");
            else if (placeholders.All(p => p.Index != variable.Index))
                v.Fail($"variables[{i}].index", $"${{{variable.Index}}} is defined but not used in the content.");
            if (variable.Type != TemplateVariableType.ShortLink && (variable.MaxLength < min || variable.MaxLength > max))
                v.Fail($"variables[{i}].maxLength", $"maxLength of a {EnumNames.Of(variable.Type)} variable must be {min}–{max}.");
        }
        foreach (var index in placeholders.Where(p => p.Index > 0).Select(p => p.Index).Distinct())
        {
            if (variables.All(d => d.Index != index))
                v.Fail("variables", $"${{{index}}} is used in the content but not defined.");
        }

        for (var i = 1; i < placeholders.Count; i++)
        {
            if (placeholders[i].Start == placeholders[i - 1].End)
            {
                v.Fail("content", "Two variables must not be adjacent: put text between them.");
                break;
            }
        }
        if (placeholders.Count > 0 && PlaceholderPattern().Replace(content, string.Empty).Trim().Length == 0)
            v.Fail("content", "The content must not consist of variables only.");

        var shortLinks = variables.Count(d => d.Type == TemplateVariableType.ShortLink);
        if (forSmartMessages && shortLinks != 1)
            v.Fail("variables", "A template for smart messages has exactly one SHORT_LINK variable (解析标识).");
        else if (shortLinks > 1)
            v.Fail("variables", "A template has at most one SHORT_LINK variable.");

        if (type == SmsType.Promotion && !content.TrimEnd().EndsWith(PromotionSuffix, StringComparison.Ordinal))
            v.Fail("content", $"Promotional content must end with \"{PromotionSuffix}\".");
        return v;
    }

    /// <summary>Whether a value fits a variable when a message is rendered (send tasks check recipients' values with this).</summary>
    public static bool Accepts(TemplateVariable variable, string? value)
    {
        if (value is null || variable.Type == TemplateVariableType.ShortLink)
            return variable.Type == TemplateVariableType.ShortLink;
        if (value.Length < 1 || value.Length > variable.MaxLength)
            return false;
        return variable.Type switch
        {
            TemplateVariableType.CharDigit => CharDigitPattern().IsMatch(value),
            TemplateVariableType.Phone => PhonePattern().IsMatch(value),
            TemplateVariableType.Money => MoneyPattern().IsMatch(value),
            TemplateVariableType.Text => value.AsSpan().IndexOfAny(".。'<>{}") < 0,
            _ => true,
        };
    }
}
