using System.ComponentModel;

namespace KooMessage.Platform.Features.Messaging;

[Description("Variable types: PHONE (1–15), CHAR_DIGIT (letters/digits/_, 1–20), DATE_TIME (1–20), MONEY (1–20), TEXT (1–20, no . 。 ' < > { }), SHORT_LINK (解析标识: the personalised link).")]
public enum TemplateVariableType
{
    [Description("A phone number, 1–15 characters.")]
    Phone,

    [Description("Letters, digits and '_', 1–20 characters.")]
    CharDigit,

    [Description("A date or time, 1–20 characters.")]
    DateTime,

    [Description("An amount, 1–20 characters.")]
    Money,

    [Description("Free text without . 。 ' < > { }, 1–20 characters.")]
    Text,

    [Description("The personalised short link (解析标识); its length is the link's.")]
    ShortLink,
}
