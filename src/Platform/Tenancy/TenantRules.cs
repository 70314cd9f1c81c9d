using System.Text.RegularExpressions;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Tenancy;

/// <summary>Pure rules for tenant fields (DOMAIN.md: slug 3–40 [a-z0-9-]).</summary>
public static partial class TenantRules
{
    public const int SlugMin = 3;
    public const int SlugMax = 40;
    public const int NameMax = 100;
    public const int ReasonMax = 500;

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")]
    public static partial Regex SlugPattern();

    public static InputValidator ValidateSlug(this InputValidator v, string field, string? slug) => v
        .Length(field, slug, SlugMin, SlugMax)
        .Matches(field, slug, SlugPattern(), "may contain only a-z, 0-9 and '-', and must start and end with a letter or digit");

    public static InputValidator ValidateName(this InputValidator v, string field, string? name) => v
        .Length(field, name, 1, NameMax)
        .NoMarkup(field, name);
}
