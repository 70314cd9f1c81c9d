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
