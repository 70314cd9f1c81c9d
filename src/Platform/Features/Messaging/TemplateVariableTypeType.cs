using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class TemplateVariableTypeType : EnumerationGraphType<TemplateVariableType>
{
    public TemplateVariableTypeType()
    {
        Name = nameof(TemplateVariableType);
        Description = "Variable types: PHONE (1–15), CHAR_DIGIT (letters/digits/_, 1–20), DATE_TIME (1–20), MONEY (1–20), "
            + "TEXT (1–20, no . 。 ' < > { }), SHORT_LINK (解析标识: the personalised link).";
    }
}
