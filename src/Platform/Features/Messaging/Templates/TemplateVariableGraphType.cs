using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class TemplateVariableGraphType : ObjectGraphType<TemplateVariable>
{
    public TemplateVariableGraphType()
    {
        Name = "TemplateVariable";
        Description = "The definition of ${index} in a template.";
        Field(x => x.Index).Description("1–20.");
        Field(x => x.Type).Description("Value type.");
        Field(x => x.MaxLength).Description("Longest value (0 for SHORT_LINK: the link's own length).");
    }
}
