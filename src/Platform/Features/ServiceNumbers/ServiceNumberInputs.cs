namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The fields of a service number's profile, shared by create and update.</summary>
public abstract class ServiceNumberProfileInput
{
    public string Name { get; set; } = string.Empty;

    public string Remark { get; set; } = string.Empty;

    public ServiceNumberIndustry Industry { get; set; }

    public string Intro { get; set; } = string.Empty;

    public string LogoFileId { get; set; } = string.Empty;

    public bool SignatureAuthorization { get; set; }

    public string AuthorizationLetterFileId { get; set; } = string.Empty;
}

public sealed class CreateServiceNumberInput : ServiceNumberProfileInput;

public sealed class UpdateServiceNumberInput : ServiceNumberProfileInput
{
    public string Id { get; set; } = string.Empty;
}

public sealed class FreezeServiceNumberInput
{
    public string Id { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class UnfreezeServiceNumberInput
{
    public string Id { get; set; } = string.Empty;
}

public sealed class RotateServiceNumberEventTokenInput
{
    public string Id { get; set; } = string.Empty;
}

public sealed class MenuItemInput
{
    public string Name { get; set; } = string.Empty;

    public MenuAction Action { get; set; }

    public string? Url { get; set; }

    public bool OpenInExternalBrowser { get; set; }

    public string? PageTitle { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Deeplink { get; set; }

    public List<MenuItemInput>? Children { get; set; }
}

public sealed class SaveServiceNumberMenuInput
{
    public string ServiceNumberId { get; set; } = string.Empty;

    public List<MenuItemInput> Items { get; set; } = [];
}

public sealed class HotlineInput
{
    public string Number { get; set; } = string.Empty;

    public string Usage { get; set; } = string.Empty;
}

public sealed class QuickAppInput
{
    public string Name { get; set; } = string.Empty;

    public string Deeplink { get; set; } = string.Empty;
}

public sealed class SaveServiceNumberHomepageInput
{
    public string ServiceNumberId { get; set; } = string.Empty;

    public string BackgroundImageId { get; set; } = string.Empty;

    public string Intro { get; set; } = string.Empty;

    public List<HotlineInput>? Hotlines { get; set; }

    public List<QuickAppInput>? QuickApps { get; set; }
}

/// <summary>The fields of a channel number, shared by create and update.</summary>
public abstract class ChannelNumberFieldsInput
{
    public ChannelNumberKind Type { get; set; }

    public string Number { get; set; } = string.Empty;

    public List<string> Signatures { get; set; } = [];

    public List<string>? ProofImageIds { get; set; }
}

public sealed class CreateChannelNumberInput : ChannelNumberFieldsInput;

public sealed class UpdateChannelNumberInput : ChannelNumberFieldsInput
{
    public string Id { get; set; } = string.Empty;
}

public sealed class BindChannelNumberInput
{
    public string ServiceNumberId { get; set; } = string.Empty;

    public string ChannelNumberId { get; set; } = string.Empty;

    public Region Region { get; set; }
}

public sealed class UnbindChannelNumberInput
{
    public string Id { get; set; } = string.Empty;
}

/// <summary>The JSON body of <c>POST /sn/events</c>.</summary>
public sealed class ClickEventBatch
{
    public List<ClickEventInput?>? Events { get; set; }
}

/// <summary>One event of a <see cref="ClickEventBatch"/>; checked by <see cref="ClickEventRules"/>.</summary>
public sealed class ClickEventInput
{
    /// <summary>MENU, HOMEPAGE, HOTLINE or QUICK_APP.</summary>
    public string? Target { get; set; }

    public string? Name { get; set; }

    /// <summary>A stable pseudonymous identifier of the phone or user; only its hash is stored.</summary>
    public string? Visitor { get; set; }

    public DateTimeOffset? At { get; set; }
}
