using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.Messaging;

/// <summary>Pure rules of SMS signatures (DOMAIN.md "SmsSignature").</summary>
public static class SmsSignatureRules
{
    public const int NameMin = 2;
    public const int NameMax = 16;
    public const int NoteMax = 80;

    public static InputValidator ValidateSignature(this InputValidator v, string? name, string? applicationNote)
    {
        v.Length("name", name, NameMin, NameMax).NoMarkup("name", name);
        if (name is not null && name.AsSpan().IndexOfAny('【', '】') >= 0)
            v.Fail("name", "name must not contain 【 or 】: the brackets are added when the message is sent.");
        v.MaxLength("applicationNote", applicationNote, NoteMax);
        return v;
    }
}
