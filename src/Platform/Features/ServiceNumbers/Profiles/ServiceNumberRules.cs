using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The field rules of a service number (DOMAIN.md "ServiceNumber"). Pure.</summary>
public static class ServiceNumberRules
{
    public const int NameMax = 15;
    public const int RemarkMax = 15;
    public const int IntroMax = 75;
    public const int FreezeReasonMax = 200;

    public static InputValidator ValidateProfile(this InputValidator v, string? name, string? remark, string? intro)
        => v.Length("name", name, 1, NameMax).NoMarkup("name", name)
            .Length("remark", remark, 1, RemarkMax).NoMarkup("remark", remark)
            .Length("intro", intro, 1, IntroMax).NoMarkup("intro", intro);
}
