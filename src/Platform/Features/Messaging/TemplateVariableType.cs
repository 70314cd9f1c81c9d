namespace KooMessage.Platform.Features.Messaging;

/// <summary>Template variable types and their length ranges [huawei].</summary>
public enum TemplateVariableType
{
    /// <summary>Phone numbers, 1–15.</summary>
    Phone,

    /// <summary>Letters, digits and '_', 1–20.</summary>
    CharDigit,

    /// <summary>Dates and times, 1–20.</summary>
    DateTime,

    /// <summary>Amounts, 1–20.</summary>
    Money,

    /// <summary>Free text without . 。 ' &lt; &gt; { }, 1–20.</summary>
    Text,

    /// <summary>The personalised short link (解析标识); its length is the link's.</summary>
    ShortLink,
}
