using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>One visit of a short link: when, which browser family, a keyed hash of the IP (never the IP), first or repeat.</summary>
public sealed class ShortLinkClick : Entity, ITenantOwned
{
    private ShortLinkClick()
    {
    }

    public Guid TenantId { get; set; }

    public Guid LinkId { get; private set; }

    public Guid TaskId { get; private set; }

    public string UserAgentFamily { get; private set; } = null!;

    public string IpHash { get; private set; } = null!;

    /// <summary>The link's first click: its recipient opened it (UV); later ones are repeats (PV only).</summary>
    public bool First { get; private set; }

    /// <summary>The card page's button clicked ("page-component"); null when the link itself was opened.</summary>
    public string? ButtonId { get; private set; }

    public const int ButtonIdMax = 8;

    public static ShortLinkClick For(ShortLink link, string userAgentFamily, string ipHash, bool first, string? buttonId = null) => new()
    {
        TenantId = link.TenantId,
        LinkId = link.Id,
        TaskId = link.TaskId,
        UserAgentFamily = userAgentFamily,
        IpHash = ipHash,
        First = first,
        ButtonId = buttonId,
    };
}
