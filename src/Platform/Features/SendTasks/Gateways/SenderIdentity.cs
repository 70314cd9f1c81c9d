namespace KooMessage.Platform.Features.SendTasks.Gateways;

/// <summary>
/// The service number (服务号) a SMART message is sent under: phones show its name, logo, homepage and menu
/// (主页和菜单) above the message. Chosen by the message's signature and the recipient's province
/// (ServiceNumbers' <c>SenderIdentityRules</c>).
/// </summary>
public sealed record SenderIdentity(Guid ServiceNumberId, string Name, Guid LogoFileId);
