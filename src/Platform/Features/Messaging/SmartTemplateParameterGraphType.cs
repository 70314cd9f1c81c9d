using GraphQL.Types;

namespace KooMessage.Platform.Features.Messaging;

public sealed class SmartTemplateParameterGraphType : ObjectGraphType<SmartTemplateParameter>
{
    public SmartTemplateParameterGraphType()
    {
        Name = "SmartTemplateParameter";
        Description = "A value filled in per recipient.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Used as {{name}} in texts.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("What it is.").Resolve(c => c.Source.Description);
    }
}
