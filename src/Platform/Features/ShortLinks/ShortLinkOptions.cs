namespace KooMessage.Platform.Features.ShortLinks;

/// <summary>Configuration section "ShortLinks".</summary>
public sealed class ShortLinkOptions
{
    public const string Section = "ShortLinks";

    /// <summary>The platform's public short-link domain (links look like https://{domain}/{code}).</summary>
    public string PublicDomain { get; set; } = "kmsg.cn";

    /// <summary>What a short link adds to its domain in the segment estimate (DOMAIN.md: len(domain) + 7, the slash and the code).</summary>
    public const int LengthBeyondDomain = 7;
}
