using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>Pure rules of smart (card) templates (DOMAIN.md "SmartTemplate").</summary>
public static partial class SmartTemplateRules
{
    public const int NameMax = 17;
    public const int MaxPages = 10;
    public const int MaxComponentsPerPage = 10;
    public const int MaxParameters = 20;
    public const int TextMax = 500;
    public const int ButtonTextMax = 20;
    public const int UrlMax = 1000;
    public const int ValueMaxDefault = 100;
    public const int ValueMaxLimit = 500;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{0,31}$")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"\{\{\s*([^}\s]*)\s*\}\}")]
    private static partial Regex ParameterReference();

    public static bool IsHttpsUrl(string? url)
        => url is { Length: > 0 and <= UrlMax } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    /// <summary>
    /// Whether a recipient's value fits a parameter: within its length, and free of control characters and of
    /// the bidirectional overrides and isolates that make text read differently from what it is (a spoofed
    /// amount or link). Markup needs no refusal: the card page escapes every value.
    /// </summary>
    public static bool AcceptsValue(SmartTemplateParameter parameter, string value)
    {
        if (value.Length > parameter.ValueMax)
            return false;
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
                return false;
        }
        return true;
    }

    /// <summary>A component's text (or link) with each {{parameter}} replaced by the recipient's value, through <paramref name="encode"/> when given.</summary>
    /// <param name="missing">What a reference without a value becomes.</param>
    public static string Fill(string text, IReadOnlyList<SmartTemplateParameter> parameters, IReadOnlyList<string> values,
        Func<string, string>? encode = null, string missing = "")
        => ParameterReference().Replace(text, match =>
        {
            for (var i = 0; i < parameters.Count && i < values.Count; i++)
            {
                if (parameters[i].Name == match.Groups[1].Value)
                    return encode is null ? values[i] : encode(values[i]);
            }
            return missing;
        });

    public static InputValidator ValidateSmartTemplate(this InputValidator v, string? name, IReadOnlyList<SmartTemplatePage> pages, IReadOnlyList<SmartTemplateParameter> parameters)
    {
        v.Length("name", name, 1, NameMax).NoMarkup("name", name);
        if (pages.Count is < 1 or > MaxPages)
            v.Fail("pages", $"A card has 1–{MaxPages} pages.");
        if (parameters.Count > MaxParameters)
            v.Fail("parameters", $"A card has at most {MaxParameters} parameters.");
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!ParameterName().IsMatch(parameters[i].Name))
                v.Fail($"parameters[{i}].name", "A parameter name starts with a letter and has up to 32 letters, digits or '_'.");
            else if (parameters.Take(i).Any(p => p.Name == parameters[i].Name))
                v.Fail($"parameters[{i}].name", $"The parameter '{parameters[i].Name}' is declared twice.");
            if (parameters[i].MaxLength is < 1 or > ValueMaxLimit)
                v.Fail($"parameters[{i}].maxLength", $"A parameter's values have at most 1–{ValueMaxLimit} characters.");
        }

        var declared = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var components = pages[p].Components;
            if (components.Count is < 1 or > MaxComponentsPerPage)
                v.Fail($"pages[{p}].components", $"A page has 1–{MaxComponentsPerPage} components.");
            for (var c = 0; c < components.Count; c++)
                ValidateComponent(v, $"pages[{p}].components[{c}]", components[c], declared);
        }
        return v;
    }

    private static void ValidateComponent(InputValidator v, string path, SmartTemplateComponent component, HashSet<string> declared)
    {
        switch (component.Type)
        {
            case SmartComponentType.Title or SmartComponentType.Text:
                v.Length($"{path}.text", component.Text, 1, component.Type == SmartComponentType.Title ? 40 : TextMax).NoMarkup($"{path}.text", component.Text);
                break;
            case SmartComponentType.Image:
                if (component.ImageFileId is null)
                    v.Fail($"{path}.imageFileId", "An IMAGE component needs an uploaded image.");
                break;
            case SmartComponentType.Button:
                v.Length($"{path}.text", component.Text, 1, ButtonTextMax).NoMarkup($"{path}.text", component.Text);
                CardButtonRules.Validate(v, path, component);
                break;
        }
        if (component.Type != SmartComponentType.Button && (component.Action, component.PhoneNumber, component.Deeplink) != (null, null, null))
            v.Fail($"{path}.action", "Only a BUTTON has an action, a phoneNumber or a deeplink.");
        foreach (var (field, text) in new[] { ("text", component.Text), ("url", component.Url), ("phoneNumber", component.PhoneNumber), ("deeplink", component.Deeplink) })
        {
            foreach (Match reference in ParameterReference().Matches(text ?? string.Empty))
            {
                if (!declared.Contains(reference.Groups[1].Value))
                    v.Fail($"{path}.{field}", $"{{{{{reference.Groups[1].Value}}}}} is not a declared parameter.");
            }
        }
    }
}
