using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class TemplateVariableGraphType : ObjectGraphType<TemplateVariable>
{
    public TemplateVariableGraphType()
    {
        Name = "TemplateVariable";
        Description = "The definition of ${index} in a template.";
        Field<NonNullGraphType<IntGraphType>>("index").Description("1–20.").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<TemplateVariableTypeType>>("type").Description("Value type.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("maxLength").Description("Longest value (0 for SHORT_LINK: the link's own length).").Resolve(c => c.Source.MaxLength);
    }
}
