namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// One item of a service-number menu. Only the fields of its <see cref="Action"/> are set; top-level
/// OPEN_SUBMENU items carry <see cref="Children"/>, which never have children themselves.
/// </summary>
public sealed record MenuItem(
    string Name,
    MenuAction Action,
    string? Url,
    bool OpenInExternalBrowser,
    string? PageTitle,
    string? PhoneNumber,
    string? Deeplink,
    IReadOnlyList<MenuItem> Children);
