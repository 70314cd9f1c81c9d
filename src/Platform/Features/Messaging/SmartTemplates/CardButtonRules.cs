using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// Card buttons (pure): what each action needs, and where a button leads once a recipient's values are in. A value can
/// change what follows a URL's host or a deeplink's package, percent-encoded, never the scheme, host or package; a
/// call's number is the filled text only when it is still a phone number. A link that comes out otherwise has no target.
/// </summary>
public static class CardButtonRules
{
    private const string Reference = "{{";

    public static void Validate(InputValidator v, string path, SmartTemplateComponent button)
    {
        var action = button.ButtonAction!.Value;
        var name = EnumNames.Of(action);
        if (action == CardButtonAction.Call)
        {
            if (button.Url is not null)
                v.Fail($"{path}.url", $"A {name} button has no url.");
            v.PhoneNumber($"{path}.phoneNumber", Sample(button.PhoneNumber, "10"));
        }
        else
        {
            if (button.PhoneNumber is not null)
                v.Fail($"{path}.phoneNumber", $"A {name} button has no phoneNumber.");
            if (!SmartTemplateRules.IsHttpsUrl(Sample(button.Url, "x")) || !FixedBefore(button.Url!, "https://", "/?#"))
                v.Fail($"{path}.url", $"A {name} button needs an https URL of at most {SmartTemplateRules.UrlMax} characters, its host written out ({{{{parameters}}}} only after it).");
        }
        if (action == CardButtonAction.OpenQuickApp)
        {
            v.QuickAppDeeplink($"{path}.deeplink", Sample(button.Deeplink, "x"));
            if (button.Deeplink is not null && !FixedBefore(button.Deeplink, LinkRules.QuickAppPrefix, "/?#"))
                v.Fail($"{path}.deeplink", "A quick app's package is written out ({{parameters}} only after it).");
        }
        else if (button.Deeplink is not null)
        {
            v.Fail($"{path}.deeplink", $"A {name} button has no deeplink.");
        }
    }

    /// <summary>The button with the recipient's values in its url, number and deeplink; null when one of them is no longer a valid link.</summary>
    public static SmartTemplateComponent? Fill(SmartTemplateComponent button, IReadOnlyList<SmartTemplateParameter> parameters, IReadOnlyList<string> values)
    {
        var url = button.Url is null ? null : SmartTemplateRules.Fill(button.Url, parameters, values, Uri.EscapeDataString);
        var phone = button.PhoneNumber is null ? null : SmartTemplateRules.Fill(button.PhoneNumber, parameters, values);
        var deeplink = button.Deeplink is null ? null : SmartTemplateRules.Fill(button.Deeplink, parameters, values, Uri.EscapeDataString);
        var valid = button.ButtonAction switch
        {
            CardButtonAction.Call => new InputValidator().PhoneNumber("phoneNumber", phone).IsValid,
            CardButtonAction.OpenQuickApp => SmartTemplateRules.IsHttpsUrl(url) && new InputValidator().QuickAppDeeplink("deeplink", deeplink).IsValid,
            _ => SmartTemplateRules.IsHttpsUrl(url),
        };
        return valid ? button with { Url = url, PhoneNumber = phone, Deeplink = deeplink } : null;
    }

    /// <summary>A link with each {{parameter}} replaced by a harmless sample, to check its shape.</summary>
    private static string? Sample(string? link, string sample)
        => link is null ? null : SmartTemplateRules.Fill(link, [], [], missing: sample);

    /// <summary>Whether the text before the first {{parameter}} runs past <paramref name="scheme"/> and what follows it up to one of <paramref name="ends"/>.</summary>
    private static bool FixedBefore(string link, string scheme, string ends)
    {
        var first = link.IndexOf(Reference, StringComparison.Ordinal);
        if (first < 0)
            return true;
        var end = link.IndexOfAny(ends.ToCharArray(), Math.Min(scheme.Length, link.Length));
        return link.StartsWith(scheme, StringComparison.Ordinal) && end > scheme.Length && end < first;
    }
}
