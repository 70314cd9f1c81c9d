using KooMessage.Platform.Data;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A personalised short link (个性化短链): https://{domain}/{code} redirects to its target until it
/// expires. One per recipient of a send task; clicks are counted here and on the task.
/// </summary>
public sealed class ShortLink : Entity, ITenantOwned
{
    public const int UrlMax = 1000;

    private ShortLink()
    {
    }

    public Guid TenantId { get; set; }

    public string Code { get; private set; } = null!;

    public string Domain { get; private set; } = null!;

    public Guid TaskId { get; private set; }

    public Guid RecipientId { get; private set; }

    public string TargetUrl { get; private set; } = null!;

    public DateTime ExpiresAt { get; private set; }

    public int Clicks { get; private set; }

    public DateTime? FirstClickAt { get; private set; }

    public string Url => $"https://{Domain}/{Code}";

    public static ShortLink Create(Guid tenantId, string code, string domain, Guid taskId, Guid recipientId, string targetUrl, DateTime expiresAt) => new()
    {
        TenantId = tenantId,
        Code = code,
        Domain = domain,
        TaskId = taskId,
        RecipientId = recipientId,
        TargetUrl = targetUrl,
        ExpiresAt = expiresAt,
    };
}
